import type { ScannerService } from '../../scanners/scanner-service.ts';
import type { HandlersFor } from './handler-types.ts';

export function scannerHandlers(
  scanners: ScannerService,
): HandlersFor<'listScanners' | 'getScannerStatus' | 'readScannerMonitor' | 'restartScanner'> {
  return {
    listScanners: () => scanners.listDevices(),
    getScannerStatus: () => scanners.status(),
    readScannerMonitor: ({ after }) => scanners.readMonitor(after),
    restartScanner: () => scanners.restart(),
  };
}
