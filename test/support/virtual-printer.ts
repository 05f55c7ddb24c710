import { createServer, type Server, type Socket } from 'node:net';
import { SerialPort } from 'serialport';
import { EscPosReader } from './escpos-decoder.ts';
import { VirtualSerialCable } from './socat.ts';

/** Answers to DLE EOT 2 (offline cause) and DLE EOT 4 (roll paper sensor), as a printer sends them. */
export const PRINTER_STATES = {
  ok: { offline: 0x12, paper: 0x12 },
  'paper-out': { offline: 0x32, paper: 0x72 },
  'cover-open': { offline: 0x16, paper: 0x12 },
  /** A printer that never answers status requests (many cheap ones over USB). */
  silent: null,
} as const;
export type VirtualPrinterState = keyof typeof PRINTER_STATES;

/** What a virtual printer received and how it answers, whatever the line. */
class PrinterSide {
  state: VirtualPrinterState = 'ok';
  received = new EscPosReader();
  bytes: Buffer[] = [];
  /** Drops the line after this many bytes (a printer switched off mid-print). */
  dropAfterBytes: number | null = null;

  onData(chunk: Buffer, reply: (bytes: Uint8Array) => void, drop: () => void): void {
    this.bytes.push(chunk);
    for (const command of this.received.push(chunk)) {
      const answers = PRINTER_STATES[this.state];
      if (command.name === 'status' && answers) reply(Uint8Array.of(command.n === 4 ? answers.paper : answers.offline));
    }
    if (this.dropAfterBytes !== null && this.byteCount >= this.dropAfterBytes) drop();
  }

  get byteCount(): number {
    return this.bytes.reduce((sum, chunk) => sum + chunk.length, 0);
  }

  /** Everything but the status requests, i.e. what went to paper. */
  get printed(): Buffer {
    return Buffer.concat(this.bytes);
  }

  reset(): void {
    this.received = new EscPosReader();
    this.bytes = [];
  }

  /** A printer switched (back) on has forgotten the half-read image of a line that dropped mid-print. */
  protected switchedOn(): void {
    this.reset();
  }
}

/** An ESC/POS printer on loopback TCP (the port 9100 kind). */
export class VirtualTcpPrinter extends PrinterSide {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  private held = false;
  port = 0;

  /** Stops reading the line, as a printer still busy with the paper: the kiosk's print waits until `release()`. */
  hold(): void {
    this.held = true;
    for (const socket of this.sockets) socket.pause();
  }

  release(): void {
    this.held = false;
    for (const socket of this.sockets) socket.resume();
  }

  get uri(): string {
    return `tcp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.switchedOn();
    this.server = createServer((socket) => {
      this.sockets.add(socket);
      if (this.held) socket.pause();
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
      socket.on('data', (chunk) => this.onData(chunk, (bytes) => socket.write(bytes), () => socket.destroy()));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

/** An ESC/POS printer on a socat serial pair: the kiosk opens `kioskPath`, the printer listens on the other end. */
export class VirtualSerialPrinter extends PrinterSide {
  private readonly cable: VirtualSerialCable;
  private port: SerialPort | null = null;

  constructor(dir: string) {
    super();
    this.cable = new VirtualSerialCable(dir);
  }

  get uri(): string {
    return `serial:${this.cable.kioskPath}?baud=115200`;
  }

  async start(): Promise<void> {
    this.switchedOn();
    await this.cable.plugIn();
    const port = new SerialPort({ path: this.cable.scannerPath, baudRate: 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    port.on('data', (chunk: Buffer) => this.onData(chunk, (bytes) => port.write(bytes), () => void this.stop()));
    this.port = port;
  }

  async stop(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
    await this.cable.unplug();
  }
}
