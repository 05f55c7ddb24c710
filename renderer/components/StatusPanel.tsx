import type { DossierView } from '../../shared/contract/index.ts';
import { statusName, statusSentence } from '../../shared/i18n/index.ts';
import { STATUS } from '../../shared/status/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { TimingBadge } from './TimingBadge.tsx';
import './Card.css';
import './StatusPanel.css';

/**
 * The status as a plain sentence, its official name, and the on-time badge. While documents are
 * awaited (5) the clock is the citizen's: no badge, so none judges against a date that no longer holds.
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
        {statusSentence(lang, dossier.status)}
      </p>
    </section>
  );
}
