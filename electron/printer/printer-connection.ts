import type { Duplex } from 'node:stream';
import { isStatusByte } from './printer-status.ts';

/** An open line to a printer. */
export interface PrinterConnection {
  write(bytes: Uint8Array): Promise<void>;
  /** Sends a real-time status request and waits for the status byte; null when the printer does not answer. */
  ask(request: Uint8Array, timeoutMs: number): Promise<number | null>;
  /** Ends the line once every byte is out; rejects when the printer went away before it took them all. */
  finish(): Promise<void>;
  /** Closes the line whatever its state; never rejects. */
  close(): Promise<void>;
}

/** A printer that could not be reached or that went away: the message is for technicians. */
export class PrinterLineError extends Error {}

/**
 * A connection over a byte stream (a TCP socket, a serial port): status bytes come back on the
 * same line. `release` ends the stream its own way (TCP: half-close and wait for the printer's
 * close; serial: drain and close the port).
 */
export function streamConnection(stream: Duplex, describe: string, release: () => Promise<void>): PrinterConnection {
  let waiter: ((byte: number) => void) | null = null;
  let failure: Error | null = null;
  let releasing = false;
  stream.on('data', (chunk: Buffer) => {
    for (const byte of chunk) {
      if (waiter && isStatusByte(byte)) {
        const resolve = waiter;
        waiter = null;
        resolve(byte);
      }
    }
  });
  stream.on('error', (error: Error) => {
    failure ??= new PrinterLineError(`${describe}: ${error.message}`);
  });
  stream.on('close', () => {
    if (!releasing) failure ??= new PrinterLineError(`${describe}: the printer closed the connection`);
  });
  const write = (bytes: Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(failure);
      stream.write(bytes, (error) => (error || failure ? reject(failure ?? new PrinterLineError(`${describe}: ${error!.message}`)) : resolve()));
    });
  return {
    write,
    async ask(request, timeoutMs) {
      const answer = new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => {
          waiter = null;
          resolve(null);
        }, timeoutMs);
        waiter = (byte) => {
          clearTimeout(timer);
          resolve(byte);
        };
      });
      await write(request);
      return answer;
    },
    async finish() {
      if (failure) throw failure;
      releasing = true;
      await release().catch((error: Error) => {
        failure ??= new PrinterLineError(`${describe}: ${error.message}`);
      });
      if (failure) throw failure;
    },
    async close() {
      if (releasing && stream.destroyed) return;
      releasing = true;
      await release().catch(() => undefined);
      stream.destroy();
    },
  };
}
