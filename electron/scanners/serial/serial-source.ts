import type { ActiveScannerDevice, SerialFraming, SerialPortSettings } from '../../../shared/contract/scanner.ts';
import { classifyOpenError, errorMessage } from '../open-error.ts';
import type { SourceListener } from '../raw-scan.ts';
import { ReconnectingSource } from '../reconnecting-source.ts';
import { sameUsbId, scanBytesToText } from '../scan-bytes.ts';
import type { Timers } from '../timers.ts';
import type { SerialBackend, SerialConnection, SerialOpenOptions, SerialPortInfo } from './serial-backend.ts';
import { SerialFramer } from './serial-framer.ts';
import type { Frame } from './serial-framer.ts';

export interface SerialPortSelector {
  path: string | null;
  vendorId: string | null;
  productId: string | null;
}

export interface SerialSourceOptions {
  backend: SerialBackend;
  selector: SerialPortSelector;
  port: Omit<SerialOpenOptions, 'path'>;
  framing: SerialFraming;
  timeoutMs: number;
  listener: SourceListener;
  timers: Timers;
  now: () => Date;
  /** How often to try the port again while it is absent or failing. */
  retryMs?: number;
}

const RETRY_MS = 500;
const PARITY_LETTER = { none: 'N', even: 'E', odd: 'O', mark: 'M', space: 'S' } as const;

/** `9600 8N1, suffix CR`: the port settings as scanner manuals write them. */
export function describeSerialSettings({ baudRate, dataBits, parity, stopBits, framing, timeoutMs }: SerialPortSettings): string {
  const frame = framing === 'timeout' ? `pause ${timeoutMs} ms` : `suffix ${framing.toUpperCase()}`;
  return `${baudRate} ${dataBits}${PARITY_LETTER[parity]}${stopBits}, ${frame}`;
}

/** A scanner on a serial port (RS-232 or USB-CDC), opened again whenever the port comes back. */
export class SerialSource extends ReconnectingSource {
  private connection: SerialConnection | null = null;
  private framer: SerialFramer | null = null;
  private openPath: string | null = null;
  private openPort: SerialPortInfo | null = null;
  private readonly retryMs: number;

  constructor(private readonly options: SerialSourceOptions) {
    super(options.listener, options.timers);
    this.retryMs = options.retryMs ?? RETRY_MS;
  }

  protected override async connect(isCurrent: () => boolean): Promise<number | null> {
    const found = await this.findPort();
    if (!isCurrent()) return null;
    if (found === null) {
      this.problem('no-device', describeSelector(this.options.selector));
      return this.retryMs;
    }
    let connection: SerialConnection;
    try {
      connection = await this.options.backend.open({ path: found.path, ...this.options.port });
    } catch (error) {
      const { kind, detail } = classifyOpenError(error);
      this.problem(kind, detail);
      return this.retryMs;
    }
    if (!isCurrent()) {
      await connection.close();
      return null;
    }
    this.attach(connection, found);
    return null;
  }

  protected override async release(): Promise<void> {
    const connection = this.connection;
    this.connection = null;
    this.framer?.close();
    this.framer = null;
    if (connection) await connection.close().catch(() => undefined);
  }

  protected override activeDevice(): ActiveScannerDevice | null {
    if (this.openPath === null) return null;
    const { port, framing, timeoutMs } = this.options;
    return {
      path: this.openPath.slice(0, 500),
      vendorId: this.openPort?.vendorId?.toLowerCase() ?? null,
      productId: this.openPort?.productId?.toLowerCase() ?? null,
      product: this.openPort?.manufacturer?.slice(0, 200) ?? null,
      mode: 'serial',
      serial: { ...port, framing, timeoutMs },
    };
  }

  /** The configured path as it is (a pty or udev symlink is not in the OS's list), or the port with the USB ids. */
  private async findPort(): Promise<SerialPortInfo | null> {
    const { selector, backend } = this.options;
    let ports: SerialPortInfo[] = [];
    try {
      ports = await backend.list();
    } catch (error) {
      if (selector.path === null) {
        this.problem('driver-unavailable', errorMessage(error));
        return null;
      }
    }
    if (selector.path !== null) return ports.find((p) => p.path === selector.path) ?? { path: selector.path };
    return (
      ports.find(
        (p) =>
          (selector.vendorId === null || sameUsbId(p.vendorId, selector.vendorId)) &&
          (selector.productId === null || sameUsbId(p.productId, selector.productId)) &&
          (selector.vendorId !== null || selector.productId !== null),
      ) ?? null
    );
  }

  private attach(connection: SerialConnection, port: SerialPortInfo): void {
    const { framing, timeoutMs } = this.options;
    this.connection = connection;
    this.openPath = port.path;
    this.openPort = port;
    const framer = new SerialFramer(framing, timeoutMs, (frame) => this.frameReceived(frame), this.timers);
    this.framer = framer;
    connection.onData((bytes) => {
      if (this.connection === connection) framer.push(bytes);
    });
    connection.onClose((error) => {
      if (this.connection !== connection) return;
      void this.connectionLost('disconnected', error ? errorMessage(error) : null, this.retryMs);
    });
  }

  private frameReceived(frame: Frame): void {
    const note = frame.endedBy === 'missing-suffix' ? 'no suffix' : null;
    this.options.listener.scan({ source: 'serial', bytes: frame.bytes, text: scanBytesToText(frame.bytes), aim: null, at: this.options.now(), note });
    if (note) this.problem('missing-suffix', `expected ${this.options.framing.toUpperCase()}`);
    else this.scanned();
  }
}

function describeSelector(selector: SerialPortSelector): string {
  if (selector.path !== null) return `no serial port at ${selector.path}`;
  if (selector.vendorId !== null || selector.productId !== null) {
    return `no serial port with USB id ${selector.vendorId ?? '????'}:${selector.productId ?? '????'}`;
  }
  return 'no serial port is configured (set a path or USB ids)';
}
