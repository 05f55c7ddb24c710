import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../shared/contract/index.ts';
import { speechSynthesisOf, voiceFor } from './speech.ts';

/**
 * Read-aloud in the citizen's language, offered only when the platform has a voice for it
 * (voices load late in Chromium: `voiceschanged`). Speech stops when the screen goes, so
 * nothing of one citizen is read out to the next.
 */
export function useReadAloud(lang: Language) {
  const synth = speechSynthesisOf(window);
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => (synth ? voiceFor(synth.getVoices(), lang) : null));
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    if (!synth) return;
    const update = () => setVoice(voiceFor(synth.getVoices(), lang));
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [synth, lang]);

  useEffect(() => () => synth?.cancel(), [synth]);

  const speak = useCallback(
    (text: string) => {
      if (!synth || !voice) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      utterance.onend = () => setSpeaking(false);
      utterance.onerror = () => setSpeaking(false);
      setSpeaking(true);
      synth.speak(utterance);
    },
    [synth, voice],
  );

  const stop = useCallback(() => {
    synth?.cancel();
    setSpeaking(false);
  }, [synth]);

  return { available: voice !== null, speaking, speak, stop };
}
