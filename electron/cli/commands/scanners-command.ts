import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { HostSourceKind, scannerSettingsSchema, SerialFraming } from '../../../shared/contract/scanner.ts';
import { KioskSettings } from '../../../shared/contract/settings.ts';
import { parseReceiptCode } from '../../../shared/receipt-code/index.ts';
import { createNodeHidBackend } from '../../scanners/hid/node-hid-backend.ts';
import { HOST_SOURCE_FACTORIES } from '../../scanners/host-source-registry.ts';
import { listScannerDevices } from '../../scanners/list-scanner-devices.ts';
import type { SourceListener } from '../../scanners/raw-scan.ts';
import { isBlank } from '../../scanners/scan-bytes.ts';
import { ScanDeduper } from '../../scanners/scan-deduper.ts';
import type { ScannerSettings } from '../../scanners/scanner-settings.ts';
import { describeSerialSettings } from '../../scanners/serial/serial-source.ts';
import { createSerialportBackend } from '../../scanners/serial/serialport-backend.ts';
import { nodeTimers } from '../../scanners/timers.ts';
import { ignoredLine, scanLine } from '../../scanners/watch-line.ts';
import { printJson, UsageError } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const scannersUsage =
  'kiosk scanners  |  kiosk scanners watch --source hid|serial [--path <p>] [--vid <hex> --pid <hex>] [--baud <n>] [--data-bits 5-8] [--parity none|even|odd|mark|space] [--stop-bits 1|2] [--suffix cr|lf|crlf|tab|none] [--timeout <ms>] [--json]';

const DUPLICATE_WINDOW_MS = 2_000;

/** `kiosk scanners`: the HID devices and serial ports as JSON. `kiosk scanners watch`: every scan as it arrives. */
export async function scannersCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined) {
    printJson(io, await listScannerDevices(createNodeHidBackend(), createSerialportBackend()));
    return 0;
  }
  if (sub === 'watch') return watch(rest, io);
  throw new UsageError(scannersUsage);
}

function option<T extends z.ZodType>(schema: T, value: unknown, flag: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(`${flag}: ${parsed.error.issues[0]?.message ?? 'invalid value'}`);
  return parsed.data;
}

const asNumber = (value: string | undefined) => (value === undefined ? undefined : Number(value));

async function watch(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      source: { type: 'string' },
      path: { type: 'string' },
      vid: { type: 'string' },
      pid: { type: 'string' },
      baud: { type: 'string' },
      'data-bits': { type: 'string' },
      parity: { type: 'string' },
      'stop-bits': { type: 'string' },
      suffix: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const kind = HostSourceKind.safeParse(values.source);
  if (!kind.success) throw new UsageError(scannersUsage);
  const s = scannerSettingsSchema;
  const selector = {
    path: option(s.scannerHidPath, values.path ?? null, '--path'),
    vendorId: option(s.scannerHidVendorId, values.vid ?? null, '--vid'),
    productId: option(s.scannerHidProductId, values.pid ?? null, '--pid'),
  };
  if (kind.data === 'serial' && selector.path === null && selector.vendorId === null && selector.productId === null) {
    throw new UsageError('kiosk scanners watch --source serial needs --path or --vid/--pid.');
  }
  const json = values.json;
  const deduper = new ScanDeduper(() => DUPLICATE_WINDOW_MS);
  const listener: SourceListener = {
    scan: (scan) => {
      if (isBlank(scan.bytes)) return;
      const parse = parseReceiptCode(scan.text);
      const key = parse.ok ? parse.code : scan.text.trim();
      io.stdout.write(`${scanLine(scan, deduper.isRepeat(key, scan.at.getTime()) ? 'duplicate' : 'scan', parse, json)}\n`);
    },
    ignored: (input) => io.stdout.write(`${ignoredLine(input, json)}\n`),
    problem: ({ kind, detail }) => io.stderr.write(`scanner: ${kind}${detail ? ` (${detail})` : ''}\n`),
    changed: () => {
      const snapshot = source.snapshot();
      const device = snapshot.device;
      if (snapshot.state === 'connected' && device) {
        const settings = device.serial ? ` (${describeSerialSettings(device.serial)})` : '';
        io.stderr.write(`scanner: connected to ${device.path}${settings}${device.mode ? ` as ${device.mode}` : ''}\n`);
      }
    },
  };
  const settings: ScannerSettings = {
    ...KioskSettings.parse({}),
    scannerSource: kind.data,
    scannerHidPath: selector.path,
    scannerHidVendorId: selector.vendorId,
    scannerHidProductId: selector.productId,
    scannerSerialPath: selector.path,
    scannerSerialVendorId: selector.vendorId,
    scannerSerialProductId: selector.productId,
    scannerSerialBaudRate: option(s.scannerSerialBaudRate, asNumber(values.baud), '--baud'),
    scannerSerialDataBits: option(s.scannerSerialDataBits, asNumber(values['data-bits']), '--data-bits'),
    scannerSerialParity: option(s.scannerSerialParity, values.parity, '--parity'),
    scannerSerialStopBits: option(s.scannerSerialStopBits, asNumber(values['stop-bits']), '--stop-bits'),
    scannerSerialFraming: values.suffix === 'none' ? 'timeout' : option(SerialFraming.exclude(['timeout']).default('cr'), values.suffix, '--suffix'),
    scannerSerialTimeoutMs: option(s.scannerSerialTimeoutMs, asNumber(values.timeout), '--timeout'),
  };
  const source = HOST_SOURCE_FACTORIES[kind.data]({
    settings,
    listener,
    timers: nodeTimers,
    now: () => new Date(),
    platform: process.platform,
    hid: createNodeHidBackend(),
    serial: createSerialportBackend(),
  });
  source.start();
  io.stderr.write(`Watching the ${values.source} scanner; Ctrl+C to stop.\n`);
  // Waiting for a device uses unref'd timers: this keeps the command running until it is stopped.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  clearInterval(keepAlive);
  await source.stop();
  return 0;
}
