import type { DossierView, Language } from '../../shared/contract/index.ts';
import { statusName, statusSentence, timingLabel } from '../../shared/i18n/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { SpeakerIcon, StopIcon } from './accessibility-icons.tsx';
import { useReadAloud } from './useReadAloud.ts';
import './ReadAloudButton.css';

/** What is read: the status, its plain sentence and how it stands against the due date. */
export function statusSpeech(lang: Language, dossier: DossierView): string {
  const parts = [statusName(lang, dossier.status), statusSentence(lang, dossier.status)];
  if (dossier.timing !== 'not-applicable') parts.push(timingLabel(lang, dossier.timing));
  return parts.map((p) => p.replace(/[.。]\s*$/, '')).join('. ') + '.';
}

/** "Read the status aloud": shown only where the platform has a voice for the language. */
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
