import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../shared/contract/index.ts';
import { formatDateTime } from '../../shared/i18n/index.ts';
import { translate } from '../../shared/i18n/technician-format.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { TechnicianApi } from './use-technician-api.ts';

/** The latest technician actions: when, who (technician, shell, district) and what. */
export function AuditSection({ client, api }: { client: KioskClient; api: TechnicianApi }) {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  useEffect(() => {
    api.guard(client.technicianAuditLog({ session: api.session })).then(
      (log) => setEntries(log.entries),
      () => setEntries([]),
    );
  }, [client, api]);

  return (
    <section className="tech-section" aria-labelledby="tech-audit">
      <h3 className="tech-section__title" id="tech-audit">
        {t('tech.audit.title')}
      </h3>
      {entries?.length === 0 && <p className="tech-note">{t('tech.audit.empty')}</p>}
      <ol className="tech-log" data-testid="tech-audit" tabIndex={0} aria-labelledby="tech-audit">
        {entries?.map((entry, i) => (
          <li key={i} className="tech-log__entry">
            <span className="tech-log__time">{formatDateTime(entry.at)}</span>
            <span className="tech-log__msg">
              {translate(lang, `tech.audit.action.${entry.action}`)} · {translate(lang, `tech.audit.actor.${entry.actor}`)}
            </span>
            {entry.detail && <span className="tech-log__detail">{entry.detail}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
