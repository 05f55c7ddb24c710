import type { NextStep, Timing } from '../../shared/contract/index.ts';
import { formatDateTime, formatVnd } from '../../shared/i18n/index.ts';
import { noBreak } from '../format/no-break.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { CounterIcon, DocumentIcon, HourglassIcon, InfoIcon, MoneyIcon } from './icons.tsx';
import './Card.css';
import './NextStepPanel.css';

const ICONS = {
  supplement: DocumentIcon,
  pay: MoneyIcon,
  collect: CounterIcon,
  wait: HourglassIcon,
  'contact-desk': InfoIcon,
} as const;

interface BodyProps {
  step: Exclude<NextStep, { kind: 'none' }>;
  dueAt: string | null;
  timing: Timing;
}

function NextStepBody({ step, dueAt, timing }: BodyProps) {
  const { t } = useI18n();
  switch (step.kind) {
    case 'supplement':
      return step.documents.length === 0 ? (
        <p>{t('next.supplementUnknown')}</p>
      ) : (
        <>
          <p>{t('next.supplement')}</p>
          <ul className="next-step__documents" data-testid="missing-documents">
            {step.documents.map((doc, i) => (
              <li key={i} data-testid="missing-document">
                {doc}
              </li>
            ))}
          </ul>
        </>
      );
    case 'pay':
      return step.amountVnd === null ? (
        <p>{t('next.payUnknown')}</p>
      ) : (
        <>
          <p className="next-step__amount" data-testid="pay-amount">
            {t('next.pay', { amount: noBreak(formatVnd(step.amountVnd)) })}
          </p>
          <p>{t('next.payThen')}</p>
        </>
      );
    case 'collect':
      return (
        <p className="next-step__counter" data-testid="collect-counter">
          {step.counter ? t('next.collect', { counter: step.counter }) : t('next.collectDefault')}
        </p>
      );
    case 'wait':
      // Never send the citizen back on a date that has already passed.
      if (timing === 'overdue') return <p>{t('next.waitOverdue')}</p>;
      return <p>{dueAt ? t('next.waitUntil', { date: noBreak(formatDateTime(dueAt)) }) : t('next.wait')}</p>;
    case 'contact-desk':
      return <p>{t('next.contactDesk')}</p>;
  }
}

interface NextStepPanelProps {
  step: NextStep;
  dueAt: string | null;
  timing: Timing;
}

/** "What to do next", from the host's nextStep. Nothing is shown for `none`. */
export function NextStepPanel({ step, dueAt, timing }: NextStepPanelProps) {
  const { t } = useI18n();
  if (step.kind === 'none') return null;
  const Icon = ICONS[step.kind];
  return (
    <section className={`card next-step next-step--${step.kind}`} data-testid="next-step" data-kind={step.kind} aria-labelledby="next-step-title">
      <h3 id="next-step-title" className="card__title">
        <Icon className="card__title-icon" />
        {t('result.nextStep')}
      </h3>
      <div className="next-step__body">
        <NextStepBody step={step} dueAt={dueAt} timing={timing} />
      </div>
    </section>
  );
}
