import type { ActiveScannerDevice } from '../../../shared/contract/scanner.ts';
import { classifyOpenError, errorMessage } from '../open-error.ts';
import type { SourceListener } from '../raw-scan.ts';
import { ReconnectingSource } from '../reconnecting-source.ts';
import { scanBytesToText, usbIdHex } from '../scan-bytes.ts';
import type { Timers } from '../timers.ts';
import type { HidBackend, HidConnection } from './hid-backend.ts';
import { chooseHidDevice } from './hid-device-choice.ts';
import type { HidChoice, HidSelector } from './hid-device-choice.ts';
import { HidReportReader } from './hid-report-reader.ts';

export interface HidSourceOptions {
  backend: HidBackend;
  selector: HidSelector;
  listener: SourceListener;
  timers: Timers;
  now: () => Date;
  /** hidraw on Linux reads a keyboard without taking it from the OS, so its keys still type. */
  platform: NodeJS.Platform;
  /** How often to look for the device while it is absent. */
  rescanMs?: number;
}

const RESCAN_MS = 1_000;
/** The OS keeps keyboards to itself; trying again every second would only repeat the refusal. */
const HELD_BY_OS_RETRY_MS = 10_000;

/** A scanner read through node-hid: HID POS or keyboard reports, re-opened after an unplug. */
export class HidSource extends ReconnectingSource {
  private connection: HidConnection | null = null;
  private reader: HidReportReader | null = null;
  private chosen: HidChoice | null = null;
  private readonly rescanMs: number;

  constructor(private readonly options: HidSourceOptions) {
    super(options.listener, options.timers);
    this.rescanMs = options.rescanMs ?? RESCAN_MS;
  }

  protected override async connect(isCurrent: () => boolean): Promise<number | null> {
    const { backend, selector } = this.options;
    let devices;
    try {
      devices = await backend.devices();
    } catch (error) {
      this.problem('driver-unavailable', errorMessage(error));
      return HELD_BY_OS_RETRY_MS;
    }
    const choice = chooseHidDevice(devices, selector);
    if (!isCurrent()) return null;
    if (!choice) {
      this.problem('no-device', describeSelector(selector));
      return this.rescanMs;
    }
    let connection: HidConnection;
    try {
      connection = await backend.open(choice.device.path);
    } catch (error) {
      if (choice.role === 'keyboard' && this.osKeepsKeyboards()) {
        this.problem('held-by-os-keyboard', errorMessage(error));
        return HELD_BY_OS_RETRY_MS;
      }
      const { kind, detail } = classifyOpenError(error);
      this.problem(kind, detail);
      return kind === 'no-device' ? this.rescanMs : HELD_BY_OS_RETRY_MS;
    }
    if (!isCurrent()) {
      await connection.close().catch(() => undefined);
      return null;
    }
    this.attach(connection, choice);
    return null;
  }

  protected override async release(): Promise<void> {
    const connection = this.connection;
    this.connection = null;
    this.reader?.close();
    this.reader = null;
    if (connection) await connection.close().catch(() => undefined);
  }

  protected override activeDevice(): ActiveScannerDevice | null {
    if (!this.chosen) return null;
    const { device, role } = this.chosen;
    return {
      path: device.path.slice(0, 500),
      vendorId: usbIdHex(device.vendorId),
      productId: usbIdHex(device.productId),
      product: device.product?.slice(0, 200) || null,
      mode: this.reader?.mode ?? (role === 'other' ? null : role),
      serial: null,
    };
  }

  protected override keyboardAlsoTypes(): boolean {
    return !this.osKeepsKeyboards() && this.reader?.mode === 'keyboard';
  }

  /** Windows and macOS refuse to let a keyboard be read; Linux's hidraw shares it (permissions allowing). */
  private osKeepsKeyboards(): boolean {
    return this.options.platform !== 'linux';
  }

  private attach(connection: HidConnection, choice: HidChoice): void {
    const { listener, now } = this.options;
    this.connection = connection;
    this.chosen = choice;
    const reader = new HidReportReader(
      choice.role,
      {
        scan: (bytes, aim, note) => {
          listener.scan({ source: 'hid', bytes, text: scanBytesToText(bytes), aim, at: now(), note });
          if (note === 'incomplete') this.problem('incomplete-scan', null);
          else this.scanned();
        },
        ignored: (report, reason, unrecognised) => {
          listener.ignored({ source: 'hid', bytes: report, at: now(), reason });
          if (unrecognised) this.problem('unrecognised-report', reason);
        },
      },
      this.timers,
    );
    this.reader = reader;
    connection.onReport((report) => {
      if (this.connection !== connection) return;
      const before = reader.mode;
      reader.push(report);
      if (reader.mode !== before) listener.changed();
    });
    connection.onError((error) => {
      if (this.connection === connection) void this.readFailed(choice, error);
    });
  }

  /** A read failed: unplugged, or (when the device is still listed) a keyboard the OS will not share. */
  private async readFailed(choice: HidChoice, error: Error): Promise<void> {
    let stillThere = false;
    try {
      stillThere = (await this.options.backend.devices()).some((d) => d.path === choice.device.path);
    } catch {
      // Listing failed too: treat it as gone and keep looking.
    }
    if (stillThere && choice.role === 'keyboard' && this.osKeepsKeyboards()) {
      await this.connectionLost('held-by-os-keyboard', errorMessage(error), HELD_BY_OS_RETRY_MS);
    } else {
      await this.connectionLost('disconnected', errorMessage(error), this.rescanMs);
    }
  }
}

function describeSelector(selector: HidSelector): string {
  if (selector.path !== null) return `no HID device at ${selector.path}`;
  if (selector.vendorId !== null || selector.productId !== null) {
    return `no HID device with id ${selector.vendorId ?? '????'}:${selector.productId ?? '????'}`;
  }
  return 'no HID POS scanner (usage page 0x8C) is connected';
}
