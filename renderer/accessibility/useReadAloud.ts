import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '../../shared/contract/index.ts';
import { useHostSpeech } from './HostSpeechContext.ts';
import { hostSpeechAvailability } from './host-speech-availability.ts';
import { speechSynthesisOf, voiceFor } from './speech.ts';

/** About how long the host takes to say a sentence (espeak-ng at 150 words a minute), to show "stop" meanwhile. */
const HOST_MS_PER_CHAR = 80;

/**
 * Read-aloud in the citizen's language: with the browser's voice where it has one (voices load
 * late in Chromium: `voiceschanged`), otherwise by the host (espeak-ng), which Linux kiosks
 * need. Offered only when one of them can speak. Speech stops when the screen goes, so nothing
 * of one citizen is read out to the next.
 */
export function useReadAloud(lang: Language) {
  const synth = speechSynthesisOf(window);
  const host = useHostSpeech();
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => (synth ? voiceFor(synth.getVoices(), lang) : null));
  // Known from an earlier screen: the button is there at the first render, not one round trip later.
  const [hostCanSpeak, setHostCanSpeak] = useState(() => (host ? (hostSpeechAvailability.known(host, lang) ?? false) : false));
  const [speaking, setSpeaking] = useState(false);
  const hostSpeaking = useRef<number | null>(null);

  useEffect(() => {
    if (!synth) return;
    const update = () => setVoice(voiceFor(synth.getVoices(), lang));
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [synth, lang]);

  useEffect(() => {
    if (!host) return;
    let current = true;
    const known = hostSpeechAvailability.known(host, lang);
    if (known !== undefined) {
      setHostCanSpeak(known);
      return;
    }
    hostSpeechAvailability.ask(host, lang).then(
      (available) => current && setHostCanSpeak(available),
      () => current && setHostCanSpeak(false),
    );
    return () => {
      current = false;
    };
  }, [host, lang]);

  const stopHost = useCallback(() => {
    if (hostSpeaking.current === null) return;
    window.clearTimeout(hostSpeaking.current);
    hostSpeaking.current = null;
    host?.stopSpeaking({}).catch(() => undefined);
  }, [host]);

  useEffect(
    () => () => {
      synth?.cancel();
      stopHost();
    },
    [synth, stopHost],
  );

  const speak = useCallback(
    (text: string) => {
      if (synth && voice) {
        synth.cancel();
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = 0.9;
        utterance.onend = () => setSpeaking(false);
        utterance.onerror = () => setSpeaking(false);
        setSpeaking(true);
        synth.speak(utterance);
        return;
      }
      if (!host || !hostCanSpeak) return;
      stopHost();
      setSpeaking(true);
      hostSpeaking.current = window.setTimeout(() => {
        hostSpeaking.current = null;
        setSpeaking(false);
      }, text.length * HOST_MS_PER_CHAR);
      host.speakText({ text, lang }).then(
        ({ outcome }) => outcome === 'speaking' || setSpeaking(false),
        () => setSpeaking(false),
      );
    },
    [synth, voice, host, hostCanSpeak, lang, stopHost],
  );

  const stop = useCallback(() => {
    synth?.cancel();
    stopHost();
    setSpeaking(false);
  }, [synth, stopHost]);

  return { available: voice !== null || hostCanSpeak, speaking, speak, stop };
}
