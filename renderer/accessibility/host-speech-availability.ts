import type { Language } from '../../shared/contract/index.ts';
import type { HostSpeech } from './HostSpeechContext.ts';

/**
 * Whether the host can read aloud in a language, asked once per host and language: espeak-ng is
 * installed or not for as long as the host runs, so every result screen need not ask again (a
 * round trip and a second render of the answer just after it was painted, on every scan).
 * A failed ask is not remembered: the next screen asks again.
 */
export class HostSpeechAvailability {
  private readonly answers = new WeakMap<HostSpeech, Map<Language, boolean>>();
  private readonly asking = new WeakMap<HostSpeech, Map<Language, Promise<boolean>>>();

  /** The answer already known, or undefined before the first one came. */
  known(host: HostSpeech, lang: Language): boolean | undefined {
    return this.answers.get(host)?.get(lang);
  }

  ask(host: HostSpeech, lang: Language): Promise<boolean> {
    const known = this.known(host, lang);
    if (known !== undefined) return Promise.resolve(known);
    let inFlight = this.asking.get(host);
    if (!inFlight) this.asking.set(host, (inFlight = new Map()));
    const pending = inFlight.get(lang);
    if (pending) return pending;
    const asked = host
      .hostSpeechAvailable({ lang })
      .then(({ available }) => {
        let answers = this.answers.get(host);
        if (!answers) this.answers.set(host, (answers = new Map()));
        answers.set(lang, available);
        return available;
      })
      .finally(() => inFlight.delete(lang));
    inFlight.set(lang, asked);
    return asked;
  }
}

export const hostSpeechAvailability = new HostSpeechAvailability();
