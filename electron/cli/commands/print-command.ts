import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { DossierView, GetProcedureOutput, KioskInfo, LookupResult } from '../../../shared/contract/index.ts';
import { createKioskHost } from '../../host/kiosk-host.ts';
import type { KioskHost } from '../../host/kiosk-host.types.ts';
import { slipJob } from '../../printer/escpos.ts';
import { describeForTechnician } from '../../printer/outcome-text.ts';
import { ReceiptPrinter } from '../../printer/print-slip.ts';
import { parsePrinterUri, PrinterUriError } from '../../../shared/contract/printer-address.ts';
import { renderSlip } from '../../printer/render-slip.ts';
import { PAPER_DOTS, type PaperDots, type SlipBlock } from '../../printer/slip-layout.ts';
import { slipForRequest, type SlipRequest, type SlipSources } from '../../printer/slip-for-request.ts';
import { testSlip } from '../../printer/test-slip.ts';
import { printJson, UsageError } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const printUsage = 'kiosk print test|procedure <code>|dossier <code> --printer <tcp://host[:9100]|serial:<path>[?baud=…]|usb:<vid>:<pid>|/dev/usb/lp0> [--db <file>] [--width 576|384] [--no-cut]';

function readRequest(positionals: string[]): SlipRequest {
  const [kind, code, ...extra] = positionals;
  if (kind === 'test' && code === undefined) return { kind };
  if ((kind === 'procedure' || kind === 'dossier') && code && extra.length === 0) return { kind, code };
  throw new UsageError(printUsage);
}

function hostSources(host: KioskHost): SlipSources {
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const response = await host.call(method, input);
    if (!response.ok) throw new Error(response.error.message);
    return response.result;
  };
  return {
    info: async () => KioskInfo.parse(await call('getKioskInfo', {})),
    procedure: async (code) => GetProcedureOutput.parse(await call('getProcedure', { code })).procedure,
    dossier: async (code) => {
      const result = LookupResult.parse(await call('lookupDossier', { raw: code, source: 'keypad' }));
      return result.kind === 'found' ? DossierView.parse(result.dossier) : null;
    },
  };
}

/** `kiosk print`: exit 0 printed, 1 the printer refused (paper, cover, line) or the code is unknown, 2 usage. */
export async function printCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { printer: { type: 'string' }, db: { type: 'string' }, width: { type: 'string', default: '576' }, 'no-cut': { type: 'boolean', default: false } },
  });
  const request = readRequest(positionals);
  if (!values.printer) throw new UsageError(`--printer is required.\n${printUsage}`);
  const width = Number(values.width) as PaperDots;
  if (!PAPER_DOTS.includes(width)) throw new UsageError('--width must be 576 (80 mm) or 384 (58 mm).');
  let address;
  try {
    address = parsePrinterUri(values.printer);
  } catch (error) {
    if (error instanceof PrinterUriError) throw new UsageError(error.message);
    throw error;
  }
  if (request.kind !== 'test' && !values.db) throw new UsageError(`--db is required to print a ${request.kind}.`);
  if (values.db && !fs.existsSync(values.db)) {
    io.stderr.write(`No kiosk database at ${values.db}.\n`);
    return 2;
  }
  let blocks: SlipBlock[] | null;
  if (values.db) {
    const host = await createKioskHost({ dbPath: values.db, backgroundSync: false });
    try {
      blocks = await slipForRequest(request, hostSources(host), width, new Date());
    } finally {
      await host.close();
    }
  } else {
    blocks = testSlip('Bộ phận Một cửa', width, new Date());
  }
  if (!blocks) {
    io.stderr.write(`No ${request.kind} ${'code' in request ? request.code : ''} in this kiosk's data.\n`);
    return 1;
  }
  const outcome = await new ReceiptPrinter(address).print(slipJob(renderSlip(blocks, width), { cut: !values['no-cut'] }));
  printJson(io, outcome);
  if (outcome.outcome === 'printed') return 0;
  io.stderr.write(`${describeForTechnician(outcome)}\n`);
  return 1;
}
