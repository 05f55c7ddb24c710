import { parseArgs } from 'node:util';
import { discoverPrinters } from '../../printer/printer-candidates.ts';
import { printJson } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const printersUsage = 'kiosk printers [--network <tcp://host[:9100]>]';

/** `kiosk printers`: USB printer-class devices, serial ports and the given network address, as JSON (printer URIs). */
export async function printersCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { network: { type: 'string' } } });
  printJson(io, await discoverPrinters(values.network ?? null));
  return 0;
}
