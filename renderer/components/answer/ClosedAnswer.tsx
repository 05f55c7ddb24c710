import type { TimelineEntry } from '../../../shared/contract/index.ts';
import { formatDateTime } from '../../../shared/i18n/index.ts';
import { noBreak } from '../../format/no-break.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useSite } from '../../site/SiteContext.tsx';
import { VisitPlace } from './VisitPlace.tsx';

interface ClosedAnswerProps {
  status: 3 | 7 | 8;
  /** The step that closed the dossier, whose words are the reason the agency recorded. */
  lastStep: TimelineEntry | null;
}

/** Refused (3), withdrawn (7), stopped (8): why, as the agency recorded it and when, and whom to ask. */
export function ClosedAnswer({ status, lastStep }: ClosedAnswerProps) {
  const { t } = useI18n();
  const { guidance } = useSite();
  return (
    <>
      {lastStep ? (
        <div data-testid="closed-reason">
          <p>{t('answer.closed.reason', { date: noBreak(formatDateTime(lastStep.at)) })}</p>
          <blockquote className="answer__reason">{lastStep.action}</blockquote>
        </div>
      ) : (
        <p data-testid="closed-reason">{t('answer.closed.noReason')}</p>
      )}
      <p data-testid="closed-ask">{t(`answer.closed.ask.${status}`)}</p>
      <VisitPlace counter={guidance?.receptionCounter ?? null} />
    </>
  );
}
