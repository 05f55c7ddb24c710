import { useEffect, useRef, useState } from 'react';
import type { ScannerMonitorEntry, ScannerStatus } from '../../../shared/contract/index.ts';
import type { KioskClient } from '../../api/kiosk-client.ts';
import { KioskFailure } from '../../api/kiosk-failure.ts';
import type { TechnicianApi } from '../use-technician-api.ts';

/** How often the page asks the host for new monitor entries (reading also keeps the monitor on). */
export const MONITOR_POLL_MS = 500;

/**
 * The scanner's status and what its host source received, read from the host while the page is
 * open. The host records scans only while someone reads them, so closing the page ends it.
 * Reading needs the technician's session but does not extend it: an open page alone does not
 * keep technician mode open.
 */
export function useScannerMonitor(client: KioskClient, api: Pick<TechnicianApi, 'session' | 'sessionLost'>, onEntries: (entries: ScannerMonitorEntry[]) => void) {
  const [status, setStatus] = useState<ScannerStatus | null>(null);
  const [failed, setFailed] = useState(false);
  const handler = useRef(onEntries);
  handler.current = onEntries;

  const { session, sessionLost } = api;
  useEffect(() => {
    let after = 0;
    let stopped = false;
    let timer: number | undefined;
    const poll = async () => {
      try {
        const read = await client.readScannerMonitor({ session, after });
        if (stopped) return;
        after = read.next;
        setStatus(read.status);
        setFailed(false);
        if (read.entries.length > 0) handler.current(read.entries);
      } catch (error) {
        if (error instanceof KioskFailure && error.hostCode === 'unauthorized') {
          stopped = true;
          sessionLost();
          return;
        }
        if (!stopped) setFailed(true);
      }
      if (!stopped) timer = window.setTimeout(() => void poll(), MONITOR_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [client, session, sessionLost]);

  return { status, setStatus, failed };
}
