import { useI18n } from '../../i18n/I18nContext.tsx';
import { useSite } from '../../site/SiteContext.tsx';
import { ClockIcon, CounterIcon } from '../icons.tsx';

/** Where to go (the dossier's counter, else the site's) and when it is open. */
export function VisitPlace({ counter }: { counter: string | null }) {
  const { t } = useI18n();
  const { guidance } = useSite();
  const hours = guidance?.openingHours ?? null;
  return (
    <div className="answer__visit" data-testid="answer-visit">
      <p className="answer__visit-line" data-testid="answer-where">
        <CounterIcon className="answer__visit-icon" />
        <span>{t('answer.where', { place: counter ?? t('answer.whereDesk') })}</span>
      </p>
      {hours && (
        <p className="answer__visit-line" data-testid="answer-hours">
          <ClockIcon className="answer__visit-icon" />
          <span>{t('answer.hours', { hours })}</span>
        </p>
      )}
    </div>
  );
}
