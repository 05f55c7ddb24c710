import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScannerDeviceList, ScannerMonitorEntry } from '../../../shared/contract/index.ts';
import type { KioskClient } from '../../api/kiosk-client.ts';
import { useWedgeScanner } from '../../hooks/useWedgeScanner.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { TechnicianApi } from '../use-technician-api.ts';
import { ActiveSourcePanel } from './ActiveSourcePanel.tsx';
import { CameraSection } from './CameraSection.tsx';
import { DeviceLists } from './DeviceLists.tsx';
import { LastErrorPanel } from './LastErrorPanel.tsx';
import { LiveMonitor } from './LiveMonitor.tsx';
import { hostLine, MONITOR_LINES_KEPT, wedgeLine } from './monitor-entry.ts';
import type { MonitorLine } from './monitor-entry.ts';
import { useScannerMonitor } from './useScannerMonitor.ts';
import './ScannerPage.css';

export interface ScannerPageProps {
  client: KioskClient;
  api: TechnicianApi;
}

/**
 * The technician's scanner page: detected devices with their ids, the active source, a live
 * monitor of what arrives (raw bytes and the parse) and the last error with advice. Scans shown
 * here are not looked up.
 */
export function ScannerPage({ client, api }: ScannerPageProps) {
  const { t } = useI18n();
  const [lines, setLines] = useState<MonitorLine[]>([]);
  const [devices, setDevices] = useState<ScannerDeviceList | null>(null);
  const [busy, setBusy] = useState(false);
  const wedgeCount = useRef(0);

  const addLines = useCallback((added: MonitorLine[]) => setLines((old) => [...added.reverse(), ...old].slice(0, MONITOR_LINES_KEPT)), []);
  const { status, setStatus, failed } = useScannerMonitor(
    client,
    api,
    useCallback((entries: ScannerMonitorEntry[]) => addLines(entries.map(hostLine)), [addLines]),
  );
  const codeOptions = useRef(status?.codeOptions ?? null);
  codeOptions.current = status?.codeOptions ?? null;
  useWedgeScanner((scan) => addLines([wedgeLine(scan.raw, new Date(), codeOptions.current, ++wedgeCount.current)]));

  const refreshDevices = useCallback(() => {
    client.listScanners({}).then(setDevices, () => setDevices(null));
  }, [client]);
  useEffect(refreshDevices, [refreshDevices]);

  const restart = () => {
    setBusy(true);
    api
      .guard(client.restartScanner({ session: api.session }))
      .then(setStatus, () => undefined)
      .finally(() => setBusy(false));
  };

  return (
    <div className="scanner-page" data-testid="scanner-page">
      <header className="scanner-page__header">
        <div>
          <h1 className="scanner-page__title">{t('scanner.title')}</h1>
          <p className="scanner-page__muted">{t('scanner.subtitle')}</p>
        </div>
        <button type="button" className="btn btn--primary" data-testid="scanner-restart" onClick={restart} disabled={busy}>
          {t('scanner.restart')}
        </button>
      </header>
      {failed && (
        <p className="scanner-page__error" role="alert">
          {t('scanner.unavailable')}
        </p>
      )}
      {status && <ActiveSourcePanel status={status} />}
      {status && <LastErrorPanel error={status.lastError} />}
      <CameraSection client={client} api={api} status={status} />
      <LiveMonitor lines={lines} onClear={() => setLines([])} />
      <DeviceLists devices={devices} onRefresh={refreshDevices} />
    </div>
  );
}
