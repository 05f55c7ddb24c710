import type { Speaker } from '../../speech/speaker.ts';
import type { HostServices } from '../host-services.ts';
import type { HandlersFor } from './handler-types.ts';

/** Read-aloud by the host: espeak-ng speaks while the renderer carries on; stopped when the host closes. */
export function speechHandlers(services: Pick<HostServices, 'onClose'>, speaker: Speaker): HandlersFor<'hostSpeechAvailable' | 'speakText' | 'stopSpeaking'> {
  services.onClose(() => {
    speaker.stop();
  });
  return {
    hostSpeechAvailable: async () => ({ available: await speaker.available() }),
    speakText: async ({ text, lang }) => {
      if (!(await speaker.available())) return { outcome: 'unavailable' };
      void speaker.speak(text, lang);
      return { outcome: 'speaking' };
    },
    stopSpeaking: async () => ({ stopped: speaker.stop() }),
  };
}
