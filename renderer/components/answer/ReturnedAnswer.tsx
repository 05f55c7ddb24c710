import { formatDateTime } from '../../../shared/i18n/index.ts';
import { noBreak } from '../../format/no-break.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useSite } from '../../site/SiteContext.tsx';
import { VisitPlace } from './VisitPlace.tsx';

/** Returned (10): when it was handed over, and where to ask if it never arrived. */
export function ReturnedAnswer({ returnedAt }: { returnedAt: string | null }) {
  const { t } = useI18n();
  const { guidance } = useSite();
  return (
    <>
      <p className="next-step__counter" data-testid="returned-on">
        {returnedAt ? t('answer.returned.on', { date: noBreak(formatDateTime(returnedAt)) }) : t('answer.returned.done')}
      </p>
      <p>{t('answer.returned.ask')}</p>
      <VisitPlace counter={guidance?.resultsCounter ?? null} />
    </>
  );
}
