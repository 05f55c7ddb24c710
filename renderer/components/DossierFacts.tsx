import type { DossierView } from '../../shared/contract/index.ts';
import { formatDateTime } from '../../shared/i18n/index.ts';
import type { MessageKey } from '../../shared/i18n/index.ts';
import { isClosedWithoutResult, STATUS } from '../../shared/status/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { DocumentIcon } from './icons.tsx';
import './Card.css';
import './DossierFacts.css';

type FactLabel = Extract<MessageKey, `result.${string}`>;

interface Fact {
  label: FactLabel;
  value: string;
  testId: string;
}

/**
 * While documents are awaited (5), a missing due date is one that restarts when they come. A
 * refused, withdrawn or stopped dossier (3, 7, 8) will have no result: its old date is not shown.
 */
function dueText(dossier: DossierView, t: ReturnType<typeof useI18n>['t']): string {
  if (isClosedWithoutResult(dossier.status)) return t('result.dueNoLonger');
  if (dossier.dueAt) return formatDateTime(dossier.dueAt);
  return dossier.status === STATUS.supplementRequested ? t('answer.dueRestarts') : t('result.noDueDate');
}

/** Code, applicant (masked by the host), agency and the dates of the dossier. */
export function DossierFacts({ dossier }: { dossier: DossierView }) {
  const { t } = useI18n();
  const facts: Fact[] = [
    { label: 'result.code', value: dossier.code, testId: 'result-code' },
    ...(dossier.applicantMasked ? [{ label: 'result.applicant' as const, value: dossier.applicantMasked, testId: 'result-applicant' }] : []),
    ...(dossier.agencyName ? [{ label: 'result.agency' as const, value: dossier.agencyName, testId: 'result-agency' }] : []),
    ...(dossier.fieldName ? [{ label: 'result.field' as const, value: dossier.fieldName, testId: 'result-field' }] : []),
    { label: 'result.receivedAt', value: formatDateTime(dossier.receivedAt), testId: 'result-received' },
    { label: 'result.dueAt', value: dueText(dossier, t), testId: 'result-due' },
    ...(dossier.finishedAt ? [{ label: 'result.finishedAt' as const, value: formatDateTime(dossier.finishedAt), testId: 'result-finished' }] : []),
    ...(dossier.returnedAt ? [{ label: 'result.returnedAt' as const, value: formatDateTime(dossier.returnedAt), testId: 'result-returned' }] : []),
  ];
  return (
    <section className="card facts" aria-labelledby="facts-title">
      <h3 id="facts-title" className="card__title">
        <DocumentIcon className="card__title-icon" />
        {t('result.title')}
      </h3>
      <dl className="facts__list">
        {facts.map((fact) => (
          <div key={fact.testId} className="facts__row">
            <dt className="facts__label">{t(fact.label)}</dt>
            <dd className="facts__value" data-testid={fact.testId}>
              {fact.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
