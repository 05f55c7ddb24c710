import { parseArgs } from 'node:util';
import { discoverUsbPrinters } from '../../printer/discover-usb-printers.ts';
import { createSerialportBackend } from '../../scanners/serial/serialport-backend.ts';
import { printJson } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const printersUsage = 'kiosk printers [--network <tcp://host[:9100]>]';

/** `kiosk printers`: USB printer-class devices, serial ports and the given network address, as JSON (printer URIs). */
export async function printersCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { network: { type: 'string' } } });
  const [usb, serial] = await Promise.allSettled([discoverUsbPrinters(), createSerialportBackend().list()]);
  printJson(io, {
    usb: usb.status === 'fulfilled' ? usb.value : [],
    serial: serial.status === 'fulfilled' ? serial.value.map((port) => ({ uri: `serial:${port.path}`, ...port })) : [],
    network: values.network ? [{ uri: values.network }] : [],
    errors: [usb, serial].flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message ?? r.reason)] : [])),
  });
  return 0;
}
