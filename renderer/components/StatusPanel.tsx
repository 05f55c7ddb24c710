import type { DossierView } from '../../shared/contract/index.ts';
import { formatDateTime, statusName, statusSentence } from '../../shared/i18n/index.ts';
import { isClosedWithoutResult, resultDeliveryOf, STATUS } from '../../shared/status/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { TimingBadge } from './TimingBadge.tsx';
import './Card.css';
import './StatusPanel.css';

/** The newest step of the processing history, or null when there is none. */
function latestStep(dossier: DossierView) {
  let latest: DossierView['timeline'][number] | null = null;
  for (const entry of dossier.timeline) if (!latest || Date.parse(entry.at) >= Date.parse(latest.at)) latest = entry;
  return latest;
}

/**
 * The status as a plain sentence, its official name, and the on-time badge. While documents are
 * awaited (5) the clock is the citizen's: no badge, so none judges against a date that no longer holds.
 * Under it the due date and the latest step, so the first screenful answers "when" and "where is it now"
 * in either orientation (the facts and the full history follow further on).
 */
export function StatusPanel({ dossier }: { dossier: DossierView }) {
  const { lang, t } = useI18n();
  return (
    <section className="card status-panel" aria-label={t('result.status')} data-status={dossier.status}>
      <div className="status-panel__head">
        <p className="status-panel__name" data-testid="status-name">
          <span className="status-panel__label">{t('result.status')}:</span> {statusName(lang, dossier.status)}
        </p>
        {dossier.timing !== 'not-applicable' && dossier.status !== STATUS.supplementRequested && <TimingBadge timing={dossier.timing} />}
      </div>
      <p className="status-panel__sentence" data-testid="status-sentence">
        {statusSentence(lang, dossier.status, resultDeliveryOf(dossier.nextStep))}
      </p>
      <StatusSummary dossier={dossier} />
    </section>
  );
}

function StatusSummary({ dossier }: { dossier: DossierView }) {
  const { t } = useI18n();
  const latest = latestStep(dossier);
  // A dossier that will have no result (3, 7, 8) has no date to wait for.
  const due = isClosedWithoutResult(dossier.status)
    ? null
    : dossier.dueAt
      ? formatDateTime(dossier.dueAt)
      : dossier.status === STATUS.supplementRequested
        ? t('answer.dueRestarts')
        : null;
  if (!due && !latest) return null;
  return (
    <dl className="status-panel__summary">
      {due && (
        <div className="status-panel__fact">
          <dt>{t('summary.dueAt')}</dt>
          <dd data-testid="summary-due">{due}</dd>
        </div>
      )}
      {latest && (
        <div className="status-panel__fact">
          <dt>{t('summary.latest')}</dt>
          <dd data-testid="summary-latest">
            {formatDateTime(latest.at)} · {latest.action} <span className="status-panel__where">({latest.department})</span>
          </dd>
        </div>
      )}
    </dl>
  );
}
