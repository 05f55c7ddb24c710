import type { DossierView } from '../../shared/contract/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { SpeakerIcon, StopIcon } from '../components/accessibility-icons.tsx';
import { statusSpeech } from './status-speech.ts';
import { useReadAloud } from './useReadAloud.ts';
import './ReadAloudButton.css';

/** "Read the status aloud": shown only where the browser or the host has a voice for the language. */
export function ReadAloudButton({ dossier }: { dossier: DossierView }) {
  const { lang, t } = useI18n();
  const { available, speaking, speak, stop } = useReadAloud(lang);
  if (!available) return null;
  return (
    <button
      type="button"
      className="btn read-aloud"
      data-testid="read-aloud"
      onClick={() => (speaking ? stop() : speak(statusSpeech(lang, dossier)))}
    >
      {speaking ? <StopIcon className="btn__icon" /> : <SpeakerIcon className="btn__icon" />}
      {t(speaking ? 'readAloud.stop' : 'readAloud.start')}
    </button>
  );
}
