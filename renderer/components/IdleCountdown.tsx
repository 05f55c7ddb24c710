import { useI18n } from '../i18n/I18nContext.tsx';
import './IdleCountdown.css';

/** "Are you still there?" with the seconds left before the screen returns to the start. */
export function IdleCountdown({ secondsLeft, onKeepUsing }: { secondsLeft: number; onKeepUsing: () => void }) {
  const { t } = useI18n();
  return (
    <div className="idle" data-testid="idle-countdown" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
      <div className="idle__card">
        <p className="idle__seconds" data-testid="idle-seconds" aria-hidden="true">
          {secondsLeft}
        </p>
        <h2 id="idle-title" className="idle__title">
          {t('idle.title')}
        </h2>
        <p id="idle-text" className="idle__text" aria-live="polite">
          {t('idle.countdown', { seconds: secondsLeft })}
        </p>
        <button type="button" className="btn btn--primary btn--large" data-testid="idle-keep-using" onClick={onKeepUsing}>
          {t('idle.keepUsing')}
        </button>
      </div>
    </div>
  );
}
