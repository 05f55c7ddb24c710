import type { NextStep } from '../../../shared/contract/index.ts';
import { formatDateTime } from '../../../shared/i18n/index.ts';
import { noBreak } from '../../format/no-break.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useSite } from '../../site/SiteContext.tsx';
import { VisitPlace } from './VisitPlace.tsx';

/** Returned (10): when it was handed over or posted, and where to ask if it never arrived. */
export function ReturnedAnswer({ step, returnedAt }: { step: Extract<NextStep, { kind: 'returned' }>; returnedAt: string | null }) {
  const { t } = useI18n();
  const { guidance } = useSite();
  const byPost = step.delivery === 'post';
  const date = returnedAt ? noBreak(formatDateTime(returnedAt)) : null;
  const handedOver = byPost
    ? date
      ? t('answer.returned.postOn', { date })
      : t('answer.returned.post')
    : date
      ? t('answer.returned.on', { date })
      : t('answer.returned.done');
  return (
    <>
      <p className="next-step__counter" data-testid="returned-on" data-delivery={byPost ? 'post' : 'counter'}>
        {handedOver}
      </p>
      <p>{byPost ? t('answer.returned.postAsk') : t('answer.returned.ask')}</p>
      <VisitPlace counter={step.counter ?? guidance?.resultsCounter ?? null} />
    </>
  );
}
