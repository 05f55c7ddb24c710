import { z } from 'zod';
import { cameraSettingsSchema } from './camera.ts';
import { HostSourceKind, ScannerSourceKind } from './scanner-sources.ts';
import { SessionId } from './session.ts';

export { HostSourceKind, isHostSource, ScannerSourceKind, SCANNER_SOURCES } from './scanner-sources.ts';

/** A USB vendor or product id as lsusb and udev print it: four hex digits, e.g. `0c2e`. */
export const UsbId = z.string().regex(/^[0-9a-fA-F]{4}$/, 'four hex digits, such as 0c2e');
export type UsbId = z.infer<typeof UsbId>;

export const SerialFraming = z.enum(['cr', 'lf', 'crlf', 'tab', 'timeout']);
export type SerialFraming = z.infer<typeof SerialFraming>;

export const SerialParity = z.enum(['none', 'even', 'odd', 'mark', 'space']);
export type SerialParity = z.infer<typeof SerialParity>;

export const SerialDataBits = z.union([z.literal(5), z.literal(6), z.literal(7), z.literal(8)]);
export const SerialStopBits = z.union([z.literal(1), z.literal(2)]);

export const ScannerPosition = z.enum(['below', 'left', 'right']);
export type ScannerPosition = z.infer<typeof ScannerPosition>;

/** The scanner's settings, spread into `settingsSchema` (shared/contract/settings.ts). */
export const scannerSettingsSchema = {
  scannerSource: ScannerSourceKind.default('wedge'),
  /** HID device: by path (hidraw node), or by vendor/product id; neither picks the first HID POS scanner. */
  scannerHidPath: z.string().min(1).max(500).nullable().default(null),
  scannerHidVendorId: UsbId.nullable().default(null),
  scannerHidProductId: UsbId.nullable().default(null),
  /** Serial port: by path (e.g. /dev/ttyACM0, COM3, a udev symlink), or by the USB ids of a USB-CDC scanner. */
  scannerSerialPath: z.string().min(1).max(500).nullable().default(null),
  scannerSerialVendorId: UsbId.nullable().default(null),
  scannerSerialProductId: UsbId.nullable().default(null),
  scannerSerialBaudRate: z.number().int().min(300).max(4_000_000).default(9600),
  scannerSerialDataBits: SerialDataBits.default(8),
  scannerSerialParity: SerialParity.default('none'),
  scannerSerialStopBits: SerialStopBits.default(1),
  /** How one scan ends: the scanner's suffix, or a pause between bytes (`timeout`). */
  scannerSerialFraming: SerialFraming.default('cr'),
  scannerSerialTimeoutMs: z.number().int().min(5).max(2000).default(50),
  /** The same code again within this many milliseconds is the same scan. */
  scannerDuplicateWindowMs: z.number().int().min(0).max(60_000).default(2000),
  /** Where the scanner sits on this kiosk model, as the attract screen points citizens to it. */
  scannerPosition: ScannerPosition.default('below'),
  /** The camera's device and resolution, when the source is `camera` (shared/contract/camera.ts). */
  ...cameraSettingsSchema,
} as const;

export const HidDeviceRole = z.enum(['hid-pos', 'keyboard', 'other']);
export type HidDeviceRole = z.infer<typeof HidDeviceRole>;

const text = (max: number) => z.string().max(max);

export const HidDeviceEntry = z.object({
  path: text(500),
  vendorId: UsbId,
  productId: UsbId,
  manufacturer: text(200).nullable(),
  product: text(200).nullable(),
  usagePage: z.number().int().nullable(),
  usage: z.number().int().nullable(),
  interface: z.number().int().nullable(),
  role: HidDeviceRole,
});
export type HidDeviceEntry = z.infer<typeof HidDeviceEntry>;

export const SerialPortEntry = z.object({
  path: text(500),
  vendorId: UsbId.nullable(),
  productId: UsbId.nullable(),
  manufacturer: text(200).nullable(),
});
export type SerialPortEntry = z.infer<typeof SerialPortEntry>;

export const ScannerDeviceList = z.object({
  hid: z.array(HidDeviceEntry).max(500),
  serial: z.array(SerialPortEntry).max(500),
  /** Why a kind of device could not be listed (driver missing), or null. */
  hidError: text(500).nullable(),
  serialError: text(500).nullable(),
});
export type ScannerDeviceList = z.infer<typeof ScannerDeviceList>;

/** What went wrong last; the technician's page turns each kind into advice. */
export const ScannerErrorKind = z.enum([
  'no-device',
  'held-by-os-keyboard',
  'permission-denied',
  'busy',
  'open-failed',
  'disconnected',
  'driver-unavailable',
  'unrecognised-report',
  'incomplete-scan',
  'missing-suffix',
]);
export type ScannerErrorKind = z.infer<typeof ScannerErrorKind>;

export const ScannerError = z.object({
  kind: ScannerErrorKind,
  /** The operating system's or driver's own words (never scan content). */
  detail: text(500).nullable(),
  at: z.iso.datetime(),
});
export type ScannerError = z.infer<typeof ScannerError>;

export const ScannerConnectionState = z.enum(['wedge', 'connecting', 'connected', 'waiting', 'stopped']);
export type ScannerConnectionState = z.infer<typeof ScannerConnectionState>;

/** How a serial port is set up: `9600 8N1`, scans ending with CR or after a pause. */
export const SerialPortSettings = z.object({
  baudRate: z.number().int(),
  dataBits: SerialDataBits,
  parity: SerialParity,
  stopBits: SerialStopBits,
  framing: SerialFraming,
  timeoutMs: z.number().int(),
});
export type SerialPortSettings = z.infer<typeof SerialPortSettings>;

export const ActiveScannerDevice = z.object({
  path: text(500),
  vendorId: UsbId.nullable(),
  productId: UsbId.nullable(),
  product: text(200).nullable(),
  /** Null until a HID device that does not say what it is sends its first report. */
  mode: z.enum(['hid-pos', 'keyboard', 'serial']).nullable(),
  /** Serial ports only. */
  serial: SerialPortSettings.nullable(),
});
export type ActiveScannerDevice = z.infer<typeof ActiveScannerDevice>;

export const ScannerStatus = z.object({
  source: ScannerSourceKind,
  state: ScannerConnectionState,
  device: ActiveScannerDevice.nullable(),
  /** The OS still types this device's keys (a keyboard read through hidraw on Linux). */
  keyboardAlsoTypes: z.boolean(),
  lastError: ScannerError.nullable(),
  lastScanAt: z.iso.datetime().nullable(),
  scans: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  duplicateWindowMs: z.number().int().nonnegative(),
  /** The kiosk's parse options, so wedge scans on the technician's page parse as lookups do. */
  codeOptions: z.object({ prefix: text(20).nullable(), suffix: text(20).nullable(), extraPattern: text(500).nullable() }),
});
export type ScannerStatus = z.infer<typeof ScannerStatus>;

export const MonitorParse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), code: text(200) }),
  z.object({ ok: z.literal(false), reason: text(40) }),
]);
export type MonitorParse = z.infer<typeof MonitorParse>;

export const MAX_SCAN_BYTES = 4096;

/** One thing a host source received: a scan, a repeat of one, or input that was not a scan. */
export const ScannerMonitorEntry = z.object({
  seq: z.number().int().nonnegative(),
  at: z.iso.datetime(),
  source: HostSourceKind,
  kind: z.enum(['scan', 'duplicate', 'ignored']),
  /** The bytes as received, in hex pairs separated by spaces. */
  hex: text(MAX_SCAN_BYTES * 3),
  text: text(MAX_SCAN_BYTES),
  aim: text(3).nullable(),
  parse: MonitorParse.nullable(),
  /** Why input was ignored, or how a scan ended when that matters (`incomplete`, `no suffix`). */
  note: text(200).nullable(),
});
export type ScannerMonitorEntry = z.infer<typeof ScannerMonitorEntry>;

export const ReadScannerMonitorInput = z.object({ session: SessionId, after: z.number().int().nonnegative().default(0) }).strict();
export type ReadScannerMonitorInput = z.infer<typeof ReadScannerMonitorInput>;

export const ReadScannerMonitorOutput = z.object({
  status: ScannerStatus,
  entries: z.array(ScannerMonitorEntry).max(100),
  /** Pass as `after` next time to get only newer entries. */
  next: z.number().int().nonnegative(),
});
export type ReadScannerMonitorOutput = z.infer<typeof ReadScannerMonitorOutput>;

const NoInput = z.object({}).strict();

/**
 * The scanner calls, spread into `kioskMethods`. The monitor is pulled, not pushed: raw scans
 * are recorded only while a technician's page keeps reading them, and reach no one else. The
 * monitor (citizens' receipt codes) and a restart need an open technician session.
 */
export const scannerMethods = {
  listScanners: { input: NoInput, output: ScannerDeviceList },
  getScannerStatus: { input: NoInput, output: ScannerStatus },
  readScannerMonitor: { input: ReadScannerMonitorInput, output: ReadScannerMonitorOutput },
  restartScanner: { input: z.object({ session: SessionId }).strict(), output: ScannerStatus },
} as const;
