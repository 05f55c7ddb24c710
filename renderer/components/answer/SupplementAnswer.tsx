import type { NextStep } from '../../../shared/contract/index.ts';
import { documentGlosses, formatDateTime } from '../../../shared/i18n/index.ts';
import { noBreak } from '../../format/no-break.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useSite } from '../../site/SiteContext.tsx';
import { VisitPlace } from './VisitPlace.tsx';

interface SupplementAnswerProps {
  step: Extract<NextStep, { kind: 'supplement' }>;
  /** At status 5 the host gives the due date that holds once the documents are in, or none. */
  newDueAt: string | null;
}

/** Documents missing (5): what to bring, what it means, where, when open, and the date that then applies. */
export function SupplementAnswer({ step, newDueAt }: SupplementAnswerProps) {
  const { t } = useI18n();
  const { guidance } = useSite();
  const glosses = documentGlosses(step.documents);
  return (
    <>
      {step.documents.length === 0 ? (
        <p>{t('next.supplementUnknown')}</p>
      ) : (
        <>
          <p>{t('answer.supplement.lead')}</p>
          <ul className="next-step__documents" data-testid="missing-documents">
            {step.documents.map((doc, i) => (
              <li key={i} data-testid="missing-document">
                {doc}
              </li>
            ))}
          </ul>
        </>
      )}
      {step.note && (
        <p data-testid="supplement-note">
          <strong>{t('answer.supplement.note')}</strong> {step.note}
        </p>
      )}
      {glosses.length > 0 && (
        <div className="answer__glosses" data-testid="document-glosses">
          <p className="answer__glosses-title">{t('answer.gloss.title')}</p>
          <ul>
            {glosses.map((key) => (
              <li key={key} data-testid="document-gloss">
                {t(key)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>{t('answer.supplement.bring')}</p>
      <p className="answer__due" data-testid="supplement-due">
        {newDueAt ? t('answer.supplement.newDue', { date: noBreak(formatDateTime(newDueAt)) }) : t('answer.supplement.restart')}
      </p>
      <VisitPlace counter={guidance?.receptionCounter ?? null} />
    </>
  );
}
