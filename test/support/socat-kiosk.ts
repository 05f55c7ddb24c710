import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../electron/db/open-database.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';
import { VirtualSerialCable } from './socat.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const READY = /Kiosk ready at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

export interface SerialScannerKiosk {
  /** The address that authorises a browser and opens the kiosk. */
  url: string;
  origin: string;
  /** The scanner's end of the virtual serial cable. */
  cable: VirtualSerialCable;
  stop(): Promise<void>;
}

/**
 * `npm run serve` on a fresh cache whose settings say: the scanner is on a serial port, the
 * kiosk's end of a socat cable. The test sends scans down the cable's other end.
 */
export async function startSerialScannerKiosk(settings: Record<string, unknown> = {}): Promise<SerialScannerKiosk> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-serial-e2e-'));
  const cable = new VirtualSerialCable(dir);
  await cable.plugIn();
  const dbPath = path.join(dir, 'kiosk.db');
  const db = openDatabase(dbPath);
  const store = new SettingsStore(db);
  for (const [key, value] of Object.entries({ scannerSource: 'serial', scannerSerialPath: cable.kioskPath, ...settings })) store.set(key, value);
  db.close();

  const child = spawn(process.execPath, [path.join(root, 'bin', 'serve.mjs'), '--port', '0', '--db', dbPath], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(kill);
    }
    await cable.unplug();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(() => reject(new Error(`serve did not start in time.\n${stderr}`)), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = READY.exec(stdout);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`serve exited with ${code}.\n${stderr}`));
      });
    });
    return { url, origin: new URL(url).origin, cable, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
