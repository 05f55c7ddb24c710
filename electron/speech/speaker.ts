/** espeak-ng's voices for the kiosk's languages (`vi` is Northern Vietnamese, espeak-ng-data). */
export const VOICES = { vi: 'vi', en: 'en' } as const;
export type SpeechLanguage = keyof typeof VOICES;
export type SpeakOutcome = 'spoken' | 'stopped' | 'unavailable';

/** What the host's read-aloud calls need of a speaker: espeak-ng here, or in a helper process. */
export interface Speaker {
  /** Whether espeak-ng runs here with its Vietnamese voice. */
  available(): Promise<boolean>;
  /** Starts speaking `text` (ending any sentence still playing); resolves when it ends. */
  speak(text: string, lang: SpeechLanguage): Promise<SpeakOutcome>;
  /** Stops the sentence being spoken, if any. True when one was. */
  stop(): boolean;
  /** Ends the speaker for good (a helper process exits). */
  close?(): void;
}
