import { memo } from 'react';
import type { AnswerFreshness } from '../../shared/contract/answer-freshness.ts';
import type { SyncStatus } from '../../shared/contract/index.ts';
import { formatDateTime, formatTime } from '../../shared/i18n/index.ts';
import { dataAge } from '../format/data-age.ts';
import { noBreak } from '../format/no-break.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { CheckIcon, ClockIcon, WarningIcon } from './icons.tsx';
import './DataAsOfBanner.css';

interface DataAsOfBannerProps {
  dataAsOf: string | null;
  syncState: SyncStatus['state'] | null;
  /** How the answer on screen stands with the district server (null: no answer on screen, or no server). */
  freshness?: AnswerFreshness | null;
  /** The kiosk is out of service: nothing may read as fresh data then. */
  outOfService?: boolean;
}

/**
 * "Dữ liệu cập nhật lúc HH:mm dd/MM/yyyy", at the foot of every screen; under an answer, that it
 * was just confirmed with the server, or how old it is when the server could not be asked.
 */
export const DataAsOfBanner = memo(function DataAsOfBanner({ dataAsOf, syncState, freshness = null, outOfService = false }: DataAsOfBannerProps) {
  const { t } = useI18n();
  if (outOfService) {
    return (
      <footer className="data-as-of" data-testid="data-as-of-banner">
        <p className="data-as-of__line data-as-of__line--warning" data-testid="data-as-of" data-freshness="out-of-service">
          <WarningIcon className="data-as-of__icon" />
          {t('sync.outOfService')}
        </p>
      </footer>
    );
  }
  const confirmed = freshness?.state === 'confirmed';
  let line: string;
  if (freshness?.state === 'confirmed') line = t('freshness.confirmed', { time: noBreak(formatTime(freshness.at)) });
  else if (freshness?.state === 'unconfirmed' && dataAsOf) {
    line = t('freshness.unconfirmed', { time: noBreak(formatDateTime(dataAsOf)), age: dataAge(t, dataAsOf, Date.now()) });
  } else if (freshness?.state === 'unconfirmed') line = t('freshness.unconfirmedNoData');
  else line = dataAsOf ? t('sync.asOf', { time: noBreak(formatDateTime(dataAsOf)) }) : t('sync.never');
  return (
    <footer className="data-as-of" data-testid="data-as-of-banner">
      <p className="data-as-of__line" data-testid="data-as-of" data-freshness={freshness?.state ?? 'none'}>
        {confirmed ? <CheckIcon className="data-as-of__icon" /> : <ClockIcon className="data-as-of__icon" />}
        {line}
      </p>
      {syncState === 'error' && (
        <p className="data-as-of__line data-as-of__line--warning" data-testid="sync-offline">
          <WarningIcon className="data-as-of__icon" />
          {t('sync.offline')}
        </p>
      )}
    </footer>
  );
});
