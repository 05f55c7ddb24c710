import type { Language } from '../../shared/contract/index.ts';

/** The platform's speech synthesis, where there is one (Chromium has it; Electron on Linux may have no voices). */
export function speechSynthesisOf(win: Window): SpeechSynthesis | null {
  return 'speechSynthesis' in win && typeof SpeechSynthesisUtterance === 'function' ? win.speechSynthesis : null;
}

/** A voice for the language (`vi`, `vi-VN`), the platform's default among them first. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: Language): SpeechSynthesisVoice | null {
  const matching = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === lang);
  return matching.find((v) => v.default) ?? matching.find((v) => v.localService) ?? matching[0] ?? null;
}
