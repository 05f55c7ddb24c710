import { log } from '../log/log.ts';
import { EspeakSpeaker } from './espeak-speaker.ts';
import { forkHelper } from './helper-process.ts';
import type { HelperLauncher } from './helper-process.ts';
import type { Speaker } from './speaker.ts';
import { SpeechHelperSpeaker } from './speech-helper-speaker.ts';

/** The host's read-aloud: through the speech helper process when it is bundled, else espeak-ng from the host. */
export function hostSpeaker(options: { speechHelperScript?: string | null; launchHelper?: HelperLauncher }): Speaker {
  if (!options.speechHelperScript) return new EspeakSpeaker();
  return new SpeechHelperSpeaker({
    script: options.speechHelperScript,
    launch: options.launchHelper ?? forkHelper,
    log: (message, fields) => log.warn(message, fields),
  });
}
