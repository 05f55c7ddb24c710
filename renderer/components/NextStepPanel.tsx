import type { DossierView } from '../../shared/contract/index.ts';
import { formatDateTime } from '../../shared/i18n/index.ts';
import { STATUS } from '../../shared/status/index.ts';
import { noBreak } from '../format/no-break.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { ClosedAnswer } from './answer/ClosedAnswer.tsx';
import { CollectAnswer } from './answer/CollectAnswer.tsx';
import { PayAnswer } from './answer/PayAnswer.tsx';
import { ReturnedAnswer } from './answer/ReturnedAnswer.tsx';
import { SupplementAnswer } from './answer/SupplementAnswer.tsx';
import { CheckIcon, CounterIcon, DocumentIcon, HourglassIcon, InfoIcon, MoneyIcon } from './icons.tsx';
import './Card.css';
import './NextStepPanel.css';

type AnswerKind = 'supplement' | 'pay' | 'collect' | 'returned' | 'closed' | 'wait' | 'contact-desk';

const ICONS = {
  supplement: DocumentIcon,
  pay: MoneyIcon,
  collect: CounterIcon,
  returned: CheckIcon,
  closed: InfoIcon,
  wait: HourglassIcon,
  'contact-desk': InfoIcon,
} as const;

const isClosed = (status: number): status is 3 | 7 | 8 =>
  status === STATUS.notAccepted || status === STATUS.withdrawn || status === STATUS.stopped;

function answerKind(dossier: DossierView): AnswerKind {
  if (isClosed(dossier.status)) return 'closed';
  return dossier.nextStep.kind === 'none' ? 'wait' : dossier.nextStep.kind;
}

function AnswerBody({ dossier }: { dossier: DossierView }) {
  const { t } = useI18n();
  const { nextStep: step, status } = dossier;
  if (step.kind === 'supplement') return <SupplementAnswer step={step} newDueAt={dossier.dueAt} />;
  if (step.kind === 'pay') return <PayAnswer step={step} />;
  if (step.kind === 'collect') return <CollectAnswer step={step} />;
  if (step.kind === 'returned') return <ReturnedAnswer step={step} returnedAt={dossier.returnedAt} />;
  if (isClosed(status)) return <ClosedAnswer status={status} lastStep={dossier.timeline.at(-1) ?? null} />;
  if (step.kind === 'contact-desk') return <p>{t('next.contactDesk')}</p>;
  // Never send the citizen back on a date that has already passed.
  if (dossier.timing === 'overdue') return <p>{t('next.waitOverdue')}</p>;
  return <p>{dossier.dueAt ? t('next.waitUntil', { date: noBreak(formatDateTime(dossier.dueAt)) }) : t('next.wait')}</p>;
}

/** "What to do next": the answer for the dossier's status, from the data the district sent. */
export function NextStepPanel({ dossier }: { dossier: DossierView }) {
  const { t } = useI18n();
  const kind = answerKind(dossier);
  const Icon = ICONS[kind];
  return (
    <section className={`card next-step next-step--${kind}`} data-testid="next-step" data-kind={kind} aria-labelledby="next-step-title">
      <h3 id="next-step-title" className="card__title">
        <Icon className="card__title-icon" />
        {t('result.nextStep')}
      </h3>
      <div className="next-step__body">
        <AnswerBody dossier={dossier} />
      </div>
    </section>
  );
}
