import { ParseFailureReason } from '../../../shared/contract/index.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { clockTime, visibleText } from './monitor-entry.ts';
import type { MonitorLine } from './monitor-entry.ts';

/** What each source received, newest first: the raw bytes, the text and how the kiosk read it. */
export function LiveMonitor({ lines, onClear }: { lines: MonitorLine[]; onClear: () => void }) {
  const { t } = useI18n();
  const reasonText = (reason: string) => {
    const known = ParseFailureReason.safeParse(reason);
    return known.success ? t(`error.unreadable.reason.${known.data}`) : reason;
  };
  return (
    <section className="card scanner-page__card" aria-labelledby="scanner-monitor-title">
      <h2 className="card__title" id="scanner-monitor-title">
        {t('scanner.monitor.title')}
      </h2>
      <p className="scanner-page__muted">{t('scanner.monitor.hint')}</p>
      <ol className="scanner-page__monitor" data-testid="scanner-monitor" aria-live="polite">
        {lines.length === 0 && <li className="scanner-page__muted">{t('scanner.monitor.empty')}</li>}
        {lines.map((line) => (
          <li key={line.key} className={`scanner-page__line scanner-page__line--${line.kind}`} data-testid="monitor-line" data-kind={line.kind} data-source={line.source}>
            <p className="scanner-page__line-head">
              <span>{clockTime(line.at)}</span>
              <strong>{t(`scanner.source.${line.source}`)}</strong>
              <span>{t(`scanner.monitor.kind.${line.kind}`)}</span>
              {line.aim && <span>{t('scanner.monitor.aim', { aim: line.aim })}</span>}
            </p>
            <dl className="scanner-page__facts">
              <dt>{t('scanner.monitor.bytes')}</dt>
              <dd className="scanner-page__mono" data-testid="monitor-hex">
                {line.hex}
              </dd>
              {line.kind !== 'ignored' && (
                <>
                  <dt>{t('scanner.monitor.text')}</dt>
                  <dd className="scanner-page__mono" data-testid="monitor-text">
                    {visibleText(line.text)}
                  </dd>
                </>
              )}
              {line.parse && (
                <>
                  <dt>{t('scanner.monitor.result')}</dt>
                  <dd data-testid="monitor-parse" data-ok={String(line.parse.ok)}>
                    {line.parse.ok ? t('scanner.monitor.parsed', { code: line.parse.code }) : reasonText(line.parse.reason)}
                  </dd>
                </>
              )}
            </dl>
            {line.note && <p className="scanner-page__muted">{t('scanner.monitor.note', { note: line.note })}</p>}
          </li>
        ))}
      </ol>
      <button type="button" className="btn" data-testid="scanner-monitor-clear" onClick={onClear} disabled={lines.length === 0}>
        {t('scanner.monitor.clear')}
      </button>
    </section>
  );
}
