import { useState } from 'react';
import type { DoctorReport } from '../../shared/contract/index.ts';
import { renderText, translate } from '../../shared/i18n/technician-format.ts';
import { CheckIcon, ClockIcon, WarningIcon } from '../components/icons.tsx';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { TechnicianApi } from './use-technician-api.ts';

/** The checks of `kiosk doctor`, run at the kiosk: status in words and icon, never colour alone. */
export function ChecksSection({ client, api }: { client: KioskClient; api: TechnicianApi }) {
  const { t, lang } = useI18n();
  const [report, setReport] = useState<DoctorReport | null>(null);
  const [running, setRunning] = useState(false);

  const run = async () => {
    setRunning(true);
    try {
      setReport(await api.guard(client.technicianRunChecks({ session: api.session })));
    } catch {
      setReport(null);
    } finally {
      setRunning(false);
    }
  };

  return (
    <section className="tech-section" aria-labelledby="tech-checks">
      <h3 className="tech-section__title" id="tech-checks">
        {t('tech.checks.title')}
      </h3>
      <div className="tech-row">
        <button type="button" className="btn btn--primary btn--large" data-testid="tech-run-checks" disabled={running} onClick={() => void run()}>
          {running ? t('tech.working') : t('tech.checks.run')}
        </button>
      </div>
      {report && (
        <ul className="tech-checks" data-testid="tech-checks">
          {report.checks.map((check) => {
            const Icon = check.status === 'ok' ? CheckIcon : check.status === 'not-checked' ? ClockIcon : WarningIcon;
            return (
              <li key={check.id} className={`tech-check tech-check--${check.status}`} data-testid={`tech-check-${check.id}`} data-status={check.status}>
                <Icon className="tech-check__icon" />
                <div>
                  <p className="tech-check__head">
                    <strong>{translate(lang, `tech.check.${check.id}`)}</strong>
                    <span className="tech-check__status">{translate(lang, `tech.status.${check.status}`)}</span>
                  </p>
                  <p>{renderText(lang, check.message)}</p>
                  {check.fix && <p className="tech-check__fix">{translate(lang, 'tech.doctor.fix', { fix: renderText(lang, check.fix) })}</p>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
