import { memo } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { ChartIcon } from './statistics-icons.tsx';
import './StatisticsEntry.css';

/** The home screen's way to the on-time statistics. */
export const StatisticsEntry = memo(function StatisticsEntry({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="btn statistics-entry" data-testid="open-statistics" onClick={onOpen}>
      <ChartIcon className="statistics-entry__icon" />
      {t('stats.entryTitle')}
    </button>
  );
});
