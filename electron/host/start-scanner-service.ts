import type { HostServices } from './host-services.ts';
import { createNodeHidBackend } from '../scanners/hid/node-hid-backend.ts';
import { ScannerService } from '../scanners/scanner-service.ts';
import { createSerialportBackend } from '../scanners/serial/serialport-backend.ts';

/**
 * The host's scanner service, started with the host and stopped when it closes. One-shot hosts
 * (CLI commands, which run without background sync) open no device: the running kiosk has it.
 */
export function startScannerService(services: HostServices): ScannerService {
  const scanners = new ScannerService({
    settings: () => services.settings.getAll(),
    emitScan: (payload) => services.emit({ type: 'scan', payload }),
    hid: createNodeHidBackend(),
    serial: createSerialportBackend(),
  });
  if (services.options.backgroundSync !== false) scanners.start();
  services.onClose(() => scanners.stop());
  return scanners;
}
