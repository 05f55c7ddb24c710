import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

const SOCAT = '/usr/bin/socat';
const READY = /starting data transfer loop/;

/**
 * A virtual serial cable: `socat -d -d pty,raw,echo=0,link=<kiosk> pty,raw,echo=0,link=<scanner>`.
 * The kiosk opens `kioskPath` as it would a scanner's port; the test plays the scanner by
 * writing to `scannerPath`. Stopping socat is an unplug (the port goes away); starting it again
 * on the same paths is the scanner coming back.
 */
export class VirtualSerialCable {
  readonly kioskPath: string;
  readonly scannerPath: string;
  private process: ChildProcess | null = null;
  private scanner: FileHandle | null = null;

  constructor(dir: string) {
    this.kioskPath = path.join(dir, 'kiosk-port');
    this.scannerPath = path.join(dir, 'scanner-port');
  }

  get running(): boolean {
    return this.process !== null;
  }

  async plugIn(): Promise<void> {
    if (this.process) return;
    const child = spawn(SOCAT, ['-d', '-d', `pty,raw,echo=0,link=${this.kioskPath}`, `pty,raw,echo=0,link=${this.scannerPath}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.process = child;
    await new Promise<void>((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => reject(new Error(`socat did not start:\n${log}`)), 10_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (READY.test(log)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`socat exited with ${code}:\n${log}`));
      });
    });
    child.stderr!.resume();
  }

  /** Unplugs the scanner: SIGTERM removes the port's path; SIGKILL leaves it dangling, as a crash would. */
  async unplug(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    await this.closeScannerSide();
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
  }

  /** What the scanner sends: each call is one write on the wire. */
  async send(data: string | Uint8Array): Promise<void> {
    this.scanner ??= await fs.promises.open(this.scannerPath, 'r+');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    await this.scanner.write(bytes);
  }

  private async closeScannerSide(): Promise<void> {
    const handle = this.scanner;
    this.scanner = null;
    await handle?.close().catch(() => undefined);
  }
}

/** Waits until `check` holds, polling; for outcomes that arrive through real devices and processes. */
export async function eventually<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeoutMs = 10_000, what = 'the condition' } = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
