import { useI18n } from '../i18n/I18nContext.tsx';
import './LookupPending.css';

/** Shown only for a lookup still unanswered after a moment (App: SLOW_LOOKUP_MS), so a quick answer never flickers. */
export function LookupPending() {
  const { t } = useI18n();
  return (
    <div className="lookup-pending" data-testid="lookup-pending" role="status" aria-live="polite">
      <div className="lookup-pending__card">
        <span className="spinner" aria-hidden="true" />
        <p>{t('lookup.pending')}</p>
      </div>
    </div>
  );
}
