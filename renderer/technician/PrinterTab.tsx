import { useCallback, useEffect, useState } from 'react';
import type { PrinterCandidate, PrinterStatus, TestPrintResult } from '../../shared/contract/index.ts';
import { formatDateTime } from '../../shared/i18n/format.ts';
import { translate } from '../../shared/i18n/technician-format.ts';
import { CheckIcon, WarningIcon } from '../components/icons.tsx';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { TechnicianApi } from './use-technician-api.ts';

type Working = 'status' | 'test' | 'search' | 'choose';

interface HostCall<T> {
  (): Promise<T>;
}

/** The receipt printer: its paper state, a test page, and the printers found to choose from. */
export function PrinterTab({ client, api }: { client: KioskClient; api: TechnicianApi }) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<PrinterStatus | null>(null);
  const [test, setTest] = useState<TestPrintResult | null>(null);
  const [found, setFound] = useState<{ printers: PrinterCandidate[]; errors: string[] } | null>(null);
  const [working, setWorking] = useState<Working | null>(null);

  const run = useCallback(
    async <T,>(what: Working, call: HostCall<T>, done: (value: T) => void) => {
      setWorking(what);
      try {
        done(await api.guard(call()));
      } catch {
        // A closed session leaves technician mode (api.guard); nothing else to show here.
      } finally {
        setWorking(null);
      }
    },
    [api],
  );
  const readStatus = useCallback(() => run('status', () => client.technicianPrinterStatus({ session: api.session }), setStatus), [run, client, api.session]);
  useEffect(() => {
    void readStatus();
  }, [readStatus]);

  const choose = (uri: string) =>
    run('choose', () => client.technicianSetSetting({ session: api.session, key: 'receiptPrinter', value: uri }), () => {
      setTest(null);
      void readStatus();
    });

  const ready = status?.state === 'ok';
  const Icon = ready ? CheckIcon : WarningIcon;
  return (
    <div className="tech-sections" data-testid="tech-printer">
      <section className="tech-section" aria-labelledby="tech-printer-title">
        <h3 className="tech-section__title" id="tech-printer-title">
          {t('tech.printer.title')}
        </h3>
        {status && (
          <>
            <p data-testid="tech-printer-uri">{status.uri ? t('tech.printer.current', { uri: status.uri }) : t('tech.printer.none')}</p>
            <p className="tech-section__lead" role="status" data-testid="tech-printer-state" data-state={status.state}>
              <Icon className="tech-check__icon" /> {translate(lang, `tech.printer.state.${status.state}`, { detail: status.detail ?? '' })}
            </p>
            <p className="tech-note">
              {t('tech.printer.paper', { width: translate(lang, `tech.option.${status.paperDots}`) })} · {t('tech.printer.checkedAt', { time: formatDateTime(Date.parse(status.checkedAt)) })}
            </p>
          </>
        )}
        <div className="tech-row">
          <button type="button" className="btn btn--large" data-testid="tech-printer-refresh" disabled={working !== null} onClick={() => void readStatus()}>
            {working === 'status' ? t('tech.working') : t('tech.printer.refresh')}
          </button>
          <button
            type="button"
            className="btn btn--primary btn--large"
            data-testid="tech-printer-test"
            disabled={working !== null || !status?.uri}
            onClick={() => void run('test', () => client.technicianPrintTest({ session: api.session }), (result) => {
              setTest(result);
              void readStatus();
            })}
          >
            {working === 'test' ? t('tech.working') : t('tech.printer.test')}
          </button>
        </div>
        {test && (
          <p role="status" data-testid="tech-printer-test-result" data-outcome={test.outcome}>
            {translate(lang, `tech.printer.test.${test.outcome}`, { detail: test.detail ?? '' })}
          </p>
        )}
      </section>
      <section className="tech-section" aria-labelledby="tech-printer-found">
        <h3 className="tech-section__title" id="tech-printer-found">
          {t('tech.printer.found')}
        </h3>
        <div className="tech-row">
          <button
            type="button"
            className="btn btn--large"
            data-testid="tech-printer-search"
            disabled={working !== null}
            onClick={() => void run('search', () => client.technicianListPrinters({ session: api.session }), setFound)}
          >
            {working === 'search' ? t('tech.working') : t('tech.printer.search')}
          </button>
        </div>
        {found && found.printers.length === 0 && <p className="tech-note">{t('tech.printer.noneFound')}</p>}
        {found && found.printers.length > 0 && (
          <ul className="tech-sections" data-testid="tech-printer-list">
            {found.printers.map((candidate) => (
              <li key={candidate.uri} className="tech-row" data-testid="tech-printer-candidate">
                <span>
                  {translate(lang, `tech.printer.kind.${candidate.kind}`)}
                  {candidate.name ? ` · ${candidate.name}` : ''} · <span className="tech-mono">{candidate.uri}</span>
                </span>
                {candidate.uri === status?.uri ? (
                  <strong>{t('tech.printer.inUse')}</strong>
                ) : (
                  <button type="button" className="btn" disabled={working !== null} onClick={() => void choose(candidate.uri)}>
                    {t('tech.printer.use')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {found?.errors.map((error) => (
          <p key={error} className="tech-note tech-mono">
            {error}
          </p>
        ))}
      </section>
    </div>
  );
}
