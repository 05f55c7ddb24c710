import type { ConnectionReport } from '../../shared/contract/index.ts';
import { connectionFailureTexts, renderText, translate } from '../../shared/i18n/technician-format.ts';
import { CheckIcon, WarningIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';

/** What "Test connection" found: all good, or the exact step and reason it failed, and the fix. */
export function ConnectionReportView({ report }: { report: ConnectionReport }) {
  const { t, lang } = useI18n();
  const steps = report.passed.map((p) => translate(lang, `tech.step.${p.step}`)).join(', ');
  const skew = report.clockSkewSec !== null && Math.abs(report.clockSkewSec) > 60 ? t('tech.conn.skew', { seconds: report.clockSkewSec }) : null;
  if (report.ok) {
    const host = report.url ? new URL(report.url).hostname : '';
    return (
      <div className="tech-result tech-result--ok" role="status" data-testid="tech-connection-result" data-ok="true">
        <CheckIcon className="tech-result__icon" />
        <div>
          <p className="tech-result__message">{t('tech.conn.ok', { host })}</p>
          {skew && <p>{skew}</p>}
        </div>
      </div>
    );
  }
  const texts = connectionFailureTexts(report.failure!);
  return (
    <div className="tech-result tech-result--failure" role="alert" data-testid="tech-connection-result" data-ok="false" data-kind={report.failure!.kind}>
      <WarningIcon className="tech-result__icon" />
      <div>
        <p className="tech-result__message" data-testid="tech-connection-message">
          {renderText(lang, texts.message)}
        </p>
        <p className="tech-result__fix">
          <strong>{t('tech.conn.fixLabel')}</strong> {renderText(lang, texts.fix)}
        </p>
        {steps && <p className="tech-result__steps">{t('tech.conn.passed', { steps })}</p>}
        {skew && <p>{skew}</p>}
      </div>
    </div>
  );
}
