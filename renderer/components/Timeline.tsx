import type { TimelineEntry } from '../../shared/contract/index.ts';
import { formatDateTime } from '../../shared/i18n/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { ClockIcon } from './icons.tsx';
import './Card.css';
import './Timeline.css';

/** Quá trình xử lý: oldest first, the latest step marked as where the dossier is now. */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useI18n();
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <section className="card timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title" className="card__title">
        <ClockIcon className="card__title-icon" />
        {t('result.timeline')}
      </h3>
      {sorted.length === 0 ? (
        <p className="timeline__empty">{t('result.timelineEmpty')}</p>
      ) : (
        <ol className="timeline__list" data-testid="timeline">
          {sorted.map((entry, i) => (
            <li
              key={`${entry.at}-${i}`}
              className={`timeline__entry${i === sorted.length - 1 ? ' timeline__entry--latest' : ''}`}
              data-testid="timeline-entry"
            >
              <p className="timeline__when">{formatDateTime(entry.at)}</p>
              <p className="timeline__department">{entry.department}</p>
              <p className="timeline__action">{entry.action}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
