import type { ScannerService } from '../../scanners/scanner-service.ts';
import type { TechnicianSessionCheck } from '../../technician/technician-session-check.ts';
import type { HandlersFor } from './handler-types.ts';

/** Devices and status for anyone; the monitor (citizens' codes) and a restart for technicians. */
export function scannerHandlers(
  scanners: ScannerService,
  gate: TechnicianSessionCheck,
): HandlersFor<'listScanners' | 'getScannerStatus' | 'readScannerMonitor' | 'restartScanner'> {
  return {
    listScanners: () => scanners.listDevices(),
    getScannerStatus: () => scanners.status(),
    readScannerMonitor: ({ session, after }) => {
      gate.require(session, { extend: false });
      return scanners.readMonitor(after);
    },
    restartScanner: ({ session }) => {
      gate.require(session, { extend: true });
      return scanners.restart();
    },
  };
}
