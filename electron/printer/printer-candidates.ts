import type { PrinterCandidate } from '../../shared/contract/print.ts';
import { createSerialportBackend } from '../scanners/serial/serialport-backend.ts';
import { discoverUsbPrinters, type SysfsRoots } from './discover-usb-printers.ts';

export interface PrinterDiscovery {
  usb: Awaited<ReturnType<typeof discoverUsbPrinters>>;
  serial: { uri: string; path: string; manufacturer?: string }[];
  network: { uri: string }[];
  errors: string[];
}

/** USB printer-class devices, serial ports and a network address already known (`kiosk printers`, the technician's page). */
export async function discoverPrinters(network: string | null, roots?: SysfsRoots): Promise<PrinterDiscovery> {
  const [usb, serial] = await Promise.allSettled([discoverUsbPrinters(roots), createSerialportBackend().list()]);
  return {
    usb: usb.status === 'fulfilled' ? usb.value : [],
    serial: serial.status === 'fulfilled' ? serial.value.map((port) => ({ uri: `serial:${port.path}`, ...port })) : [],
    network: network ? [{ uri: network }] : [],
    errors: [usb, serial].flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message ?? r.reason)] : [])),
  };
}

/** The same, flattened for a list to choose from; the configured address is offered when it is a network one. */
export async function listPrinterCandidates(configured: string | null, roots?: SysfsRoots): Promise<{ printers: PrinterCandidate[]; errors: string[] }> {
  const found = await discoverPrinters(configured?.startsWith('tcp://') ? configured : null, roots);
  const printers: PrinterCandidate[] = [
    ...found.usb.map((p) => ({ uri: p.uri, kind: 'usb' as const, name: p.name })),
    ...found.serial.map((p) => ({ uri: p.uri, kind: 'serial' as const, name: p.manufacturer ?? null })),
    ...found.network.map((p) => ({ uri: p.uri, kind: 'network' as const, name: null })),
  ];
  return { printers: printers.slice(0, 100), errors: found.errors.slice(0, 10).map((e) => e.slice(0, 500)) };
}
