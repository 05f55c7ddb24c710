import { ErrorLayout } from '../components/ErrorLayout.tsx';
import { HomeIcon, PlugIcon, RefreshIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';

interface OutOfServiceScreenProps {
  /** A short code for the technician (`unreachable`, `host-error:internal`, `render` …). */
  failureCode: string;
  onRetry?: () => void;
  onHome?: () => void;
}

/**
 * The host cannot be reached or answered nonsense: never a blank screen, always a person to ask
 * and the hotline. The failure's code is for the technician (the host's log, data-code here),
 * never shown to citizens.
 */
export function OutOfServiceScreen({ failureCode, onRetry, onHome }: OutOfServiceScreenProps) {
  const { t } = useI18n();
  return (
    <ErrorLayout
      testId="screen-out-of-service"
      tone="danger"
      Icon={PlugIcon}
      title={t('error.outOfService.title')}
      actions={
        <>
          {onRetry && (
            <button type="button" className="btn btn--large" data-testid="retry" onClick={onRetry}>
              <RefreshIcon className="btn__icon" />
              {t('error.outOfService.retry')}
            </button>
          )}
          {onHome && (
            <button type="button" className="btn btn--primary btn--large" data-testid="nav-home" onClick={onHome}>
              <HomeIcon className="btn__icon" />
              {t('nav.home')}
            </button>
          )}
        </>
      }
    >
      <p data-testid="failure-code" data-code={failureCode}>
        {t('error.outOfService.body')}
      </p>
    </ErrorLayout>
  );
}
