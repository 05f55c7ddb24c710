import { memo } from 'react';
import type { SyncStatus } from '../../shared/contract/index.ts';
import { formatDateTime } from '../../shared/i18n/index.ts';
import { noBreak } from '../format/no-break.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { ClockIcon, WarningIcon } from './icons.tsx';
import './DataAsOfBanner.css';

interface DataAsOfBannerProps {
  dataAsOf: string | null;
  syncState: SyncStatus['state'] | null;
}

/** "Dữ liệu cập nhật lúc HH:mm dd/MM/yyyy", at the foot of every screen. */
export const DataAsOfBanner = memo(function DataAsOfBanner({ dataAsOf, syncState }: DataAsOfBannerProps) {
  const { t } = useI18n();
  return (
    <footer className="data-as-of" data-testid="data-as-of-banner">
      <p className="data-as-of__line" data-testid="data-as-of">
        <ClockIcon className="data-as-of__icon" />
        {dataAsOf ? t('sync.asOf', { time: noBreak(formatDateTime(dataAsOf)) }) : t('sync.never')}
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
