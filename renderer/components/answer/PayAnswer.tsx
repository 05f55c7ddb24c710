import type { NextStep } from '../../../shared/contract/index.ts';
import { formatVnd } from '../../../shared/i18n/index.ts';
import { noBreak } from '../../format/no-break.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useSite } from '../../site/SiteContext.tsx';
import { VisitPlace } from './VisitPlace.tsx';

/** Fees owed (6): which fees, how much each and in all, and where or how to pay. */
export function PayAnswer({ step }: { step: Extract<NextStep, { kind: 'pay' }> }) {
  const { t } = useI18n();
  const { guidance } = useSite();
  const fees = step.fees ?? [];
  return (
    <>
      {fees.length > 0 && (
        <>
          <p>{t('answer.pay.lead')}</p>
          <ul className="answer__fees" data-testid="fees-owed">
            {fees.map((fee, i) => (
              <li key={i} className="answer__fee" data-testid="fee-owed">
                <span className="answer__fee-name">{fee.name}</span>
                <span className="answer__fee-amount">{fee.amountVnd === null ? t('answer.pay.notStated') : noBreak(formatVnd(fee.amountVnd))}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {step.amountVnd === null ? (
        <p>{t('next.payUnknown')}</p>
      ) : (
        <p className="next-step__amount" data-testid="pay-amount">
          {fees.length > 1 ? t('answer.pay.total', { amount: noBreak(formatVnd(step.amountVnd)) }) : t('next.pay', { amount: noBreak(formatVnd(step.amountVnd)) })}
        </p>
      )}
      <p data-testid="pay-how">{t('answer.pay.how')}</p>
      <p>{t('next.payThen')}</p>
      <VisitPlace counter={guidance?.paymentCounter ?? null} />
    </>
  );
}
