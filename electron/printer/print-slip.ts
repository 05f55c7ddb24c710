import { openPrinter } from './open-printer.ts';
import { PrinterLineError, type PrinterConnection } from './printer-connection.ts';
import { readOfflineStatus, readPaperSensor, STATUS_OFFLINE, STATUS_PAPER, type PaperState } from './printer-status.ts';
import type { PrinterAddress } from '../../shared/contract/printer-address.ts';
import type { SysfsRoots } from './discover-usb-printers.ts';

const STATUS_TIMEOUT_MS = 500;

export type PrintOutcome =
  | { outcome: 'printed'; bytes: number }
  | { outcome: 'paper-out' | 'cover-open' }
  | { outcome: 'busy' }
  | { outcome: 'unreachable'; message: string }
  /** Some bytes went out: part of the slip may be on paper, so it is reported and never sent again by itself. */
  | { outcome: 'failed-part-way'; message: string; bytesSent: number };

/** Paper and cover from the real-time status; 'unknown' when the printer (or its line) does not answer. */
export async function readPaperState(connection: PrinterConnection): Promise<PaperState> {
  const offline = await connection.ask(STATUS_OFFLINE, STATUS_TIMEOUT_MS);
  if (offline === null) return 'unknown';
  const state = readOfflineStatus(offline);
  if (state !== 'ok') return state;
  const paper = await connection.ask(STATUS_PAPER, STATUS_TIMEOUT_MS);
  return paper === null ? 'ok' : readPaperSensor(paper);
}

/**
 * One printer, one print at a time: a second request while one prints is answered 'busy'.
 * Paper and cover are read before the first byte; a line lost after it is 'failed-part-way'.
 */
export class ReceiptPrinter {
  private printing = false;
  /** A paper-state read in progress: a print waits for it, so the line is never opened twice. */
  private checking: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly address: PrinterAddress,
    private readonly roots?: SysfsRoots,
  ) {}

  get busy(): boolean {
    return this.printing;
  }

  /** `job` may be made only once the printer said it can print: nothing is rendered for a printer out of paper or gone. */
  async print(job: Uint8Array[] | (() => Uint8Array[])): Promise<PrintOutcome> {
    if (this.printing) return { outcome: 'busy' };
    this.printing = true;
    try {
      await this.checking;
      return await this.send(job);
    } finally {
      this.printing = false;
    }
  }

  /** The paper state alone (technician page, heartbeat, doctor); null while a slip prints. */
  async paperState(): Promise<PaperState | { unreachable: string } | null> {
    if (this.printing) return null;
    const read = this.checking.then(() => this.readState());
    this.checking = read;
    return read;
  }

  private async readState(): Promise<PaperState | { unreachable: string }> {
    let connection: PrinterConnection;
    try {
      connection = await openPrinter(this.address, this.roots);
    } catch (error) {
      return { unreachable: (error as Error).message };
    }
    try {
      return await readPaperState(connection);
    } catch (error) {
      return { unreachable: (error as Error).message };
    } finally {
      await connection.close();
    }
  }

  private async send(job: Uint8Array[] | (() => Uint8Array[])): Promise<PrintOutcome> {
    let connection: PrinterConnection;
    try {
      connection = await openPrinter(this.address, this.roots);
    } catch (error) {
      return { outcome: 'unreachable', message: (error as Error).message };
    }
    let bytesSent = 0;
    try {
      const state = await readPaperState(connection);
      if (state === 'paper-out' || state === 'cover-open') return { outcome: state };
      for (const part of typeof job === 'function' ? job() : job) {
        await connection.write(part);
        bytesSent += part.length;
      }
      await connection.finish();
      return { outcome: 'printed', bytes: bytesSent };
    } catch (error) {
      const message = error instanceof PrinterLineError ? error.message : `printer: ${(error as Error).message}`;
      return bytesSent === 0 ? { outcome: 'unreachable', message } : { outcome: 'failed-part-way', message, bytesSent };
    } finally {
      await connection.close();
    }
  }
}
