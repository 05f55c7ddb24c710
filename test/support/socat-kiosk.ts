import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../electron/db/open-database.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';
import { startKioskServer } from '../e2e/kiosk-server.ts';
import { VirtualSerialCable } from './socat.ts';

export interface SerialScannerKiosk {
  /** The address that authorises a browser and opens the kiosk. */
  url: string;
  /** `kiosk config reset-pin` on this kiosk's database: the setup code for the first PIN. */
  issueSetupCode(): Promise<string>;
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

  const unplugAndRemove = async () => {
    await cable.unplug();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const server = await startKioskServer({ dbPath });
    const stop = async () => {
      await server.stop();
      await unplugAndRemove();
    };
    return { url: server.url, origin: server.origin, issueSetupCode: server.issueSetupCode, cable, stop };
  } catch (error) {
    await unplugAndRemove();
    throw error;
  }
}
