import type { KioskFailure } from '../api/kiosk-failure.ts';
import { RefreshIcon, WarningIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useDelayedFlag } from './useCatalogueCall.ts';

interface CatalogueStatusProps {
  loading: boolean;
  failure: KioskFailure | null;
  onRetry: () => void;
}

/** "Loading…" for a slow answer, or what went wrong with a way to try again. */
export function CatalogueStatus({ loading, failure, onRetry }: CatalogueStatusProps) {
  const { t } = useI18n();
  const slow = useDelayedFlag(loading && failure === null);
  if (failure) {
    return (
      <div className="catalogue-status catalogue-status--failed" role="alert" data-testid="catalogue-failed">
        <WarningIcon className="catalogue-status__icon" />
        <p>{t('procedures.loadFailed')}</p>
        <p className="catalogue-status__code">{t('error.outOfService.detail', { code: failure.code })}</p>
        <button type="button" className="btn btn--primary btn--large" data-testid="catalogue-retry" onClick={onRetry}>
          <RefreshIcon className="btn__icon" />
          {t('procedures.retry')}
        </button>
      </div>
    );
  }
  if (!slow) return null;
  return (
    <div className="catalogue-status" role="status" data-testid="catalogue-loading">
      <span className="spinner" aria-hidden="true" />
      <p>{t('procedures.loading')}</p>
    </div>
  );
}
