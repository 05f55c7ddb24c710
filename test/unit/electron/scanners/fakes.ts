import type { HidBackend, HidConnection, HidDeviceInfo } from '../../../../electron/scanners/hid/hid-backend.ts';
import type { IgnoredInput, RawScan, SourceListener, SourceProblem } from '../../../../electron/scanners/raw-scan.ts';
import type { SerialBackend, SerialConnection, SerialOpenOptions, SerialPortInfo } from '../../../../electron/scanners/serial/serial-backend.ts';

/** A HID device the test plugs in, feeds reports through and pulls out. */
export class FakeHidDevice implements HidConnection {
  private reportListeners: ((report: Uint8Array) => void)[] = [];
  private errorListeners: ((error: Error) => void)[] = [];
  closed = false;

  onReport(listener: (report: Uint8Array) => void): void {
    this.reportListeners.push(listener);
  }

  onError(listener: (error: Error) => void): void {
    this.errorListeners.push(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  report(bytes: Uint8Array | number[]): void {
    const report = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
    for (const listener of this.reportListeners) listener(report);
  }

  fail(message: string): void {
    for (const listener of this.errorListeners) listener(new Error(message));
  }
}

export class FakeHidBackend implements HidBackend {
  present: HidDeviceInfo[] = [];
  opened: { path: string; device: FakeHidDevice }[] = [];
  /** Paths whose open fails, with the driver's message. */
  refuse = new Map<string, string>();

  async devices(): Promise<HidDeviceInfo[]> {
    return [...this.present];
  }

  async open(path: string): Promise<HidConnection> {
    const refusal = this.refuse.get(path);
    if (refusal) throw new Error(refusal);
    if (!this.present.some((d) => d.path === path)) throw new Error(`cannot open device with path ${path}: No such file or directory`);
    const device = new FakeHidDevice();
    this.opened.push({ path, device });
    return device;
  }

  /** The device opened last (the one the source reads now). */
  get current(): FakeHidDevice {
    const last = this.opened.at(-1);
    if (!last) throw new Error('nothing was opened');
    return last.device;
  }

  /** The cable is pulled: the device leaves the list and its read fails. */
  unplug(path: string): void {
    this.present = this.present.filter((d) => d.path !== path);
    for (const { path: openPath, device } of this.opened) if (openPath === path && !device.closed) device.fail('could not read from HID device');
  }
}

export class FakeSerialPort implements SerialConnection {
  private dataListeners: ((bytes: Uint8Array) => void)[] = [];
  private closeListeners: ((error: Error | null) => void)[] = [];
  closed = false;

  constructor(readonly options: SerialOpenOptions) {}

  onData(listener: (bytes: Uint8Array) => void): void {
    this.dataListeners.push(listener);
  }

  onClose(listener: (error: Error | null) => void): void {
    this.closeListeners.push(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  send(text: string): void {
    const bytes = Uint8Array.from(Buffer.from(text, 'latin1'));
    for (const listener of this.dataListeners) listener(bytes);
  }

  pull(): void {
    for (const listener of this.closeListeners) listener(new Error('disconnected'));
  }
}

export class FakeSerialBackend implements SerialBackend {
  ports: SerialPortInfo[] = [];
  opened: FakeSerialPort[] = [];
  missing = new Set<string>();

  async list(): Promise<SerialPortInfo[]> {
    return [...this.ports];
  }

  async open(options: SerialOpenOptions): Promise<SerialConnection> {
    if (this.missing.has(options.path)) throw new Error(`Error: No such file or directory, cannot open ${options.path}`);
    const port = new FakeSerialPort(options);
    this.opened.push(port);
    return port;
  }

  get current(): FakeSerialPort {
    const last = this.opened.at(-1);
    if (!last) throw new Error('nothing was opened');
    return last;
  }
}

/** Collects what a source reports. */
export class RecordingListener implements SourceListener {
  scans: RawScan[] = [];
  ignoredInputs: IgnoredInput[] = [];
  problems: SourceProblem[] = [];
  changes = 0;

  scan(scan: RawScan): void {
    this.scans.push(scan);
  }

  ignored(input: IgnoredInput): void {
    this.ignoredInputs.push(input);
  }

  problem(problem: SourceProblem): void {
    this.problems.push(problem);
  }

  changed(): void {
    this.changes += 1;
  }

  get texts(): string[] {
    return this.scans.map((s) => s.text);
  }
}

/** Bytes from a hex dump such as `02 1b 5d 43 30`. */
export const hex = (dump: string): Uint8Array => Uint8Array.from(dump.trim().split(/\s+/).map((b) => Number.parseInt(b, 16)));
