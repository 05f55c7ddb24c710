import type { ScannerError } from '../../../shared/contract/index.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { clockTime } from './monitor-entry.ts';

/** The last thing that went wrong with the scanner, and what the technician can do about it. */
export function LastErrorPanel({ error }: { error: ScannerError | null }) {
  const { t } = useI18n();
  return (
    <section className="card scanner-page__card" aria-labelledby="scanner-error-title" data-testid="scanner-last-error" data-kind={error?.kind ?? 'none'}>
      <h2 className="card__title" id="scanner-error-title">
        {t('scanner.error.title')}
      </h2>
      {error === null ? (
        <p className="scanner-page__muted">{t('scanner.error.none')}</p>
      ) : (
        <>
          <p className="scanner-page__error">{t(`scanner.error.${error.kind}`)}</p>
          <p className="scanner-page__muted">
            {t('scanner.error.at', { time: clockTime(error.at) })}
            {error.detail && ` · ${t('scanner.error.detail', { detail: error.detail })}`}
          </p>
        </>
      )}
    </section>
  );
}
