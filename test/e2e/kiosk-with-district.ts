import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../electron/db/open-database.ts';
import { SecretStore } from '../../electron/settings/secret-store.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';
import { startDistrictSim } from '../district-sim/index.ts';
import type { DistrictSim, DistrictSimOptions } from '../district-sim/index.ts';
import { startKioskServer } from './kiosk-server.ts';
import type { KioskServer } from './kiosk-server.ts';

export interface KioskWithDistrict {
  sim: DistrictSim;
  kiosk: KioskServer;
  stop: () => Promise<void>;
}

/**
 * The district simulator on loopback and a kiosk of the spec's own, in a fresh database that
 * points at it with its token (and any further `settings`).
 */
export async function startKioskWithDistrict(simOptions: DistrictSimOptions & { token: string }, settings: Record<string, string> = {}): Promise<KioskWithDistrict> {
  const sim = await startDistrictSim(simOptions);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-district-'));
  const dbPath = path.join(dir, 'kiosk.db');
  const db = openDatabase(dbPath);
  const store = new SettingsStore(db);
  store.set('districtServerUrl', sim.url);
  for (const [key, value] of Object.entries(settings)) store.set(key, value);
  new SecretStore(db).set('districtToken', simOptions.token);
  db.close();
  const kiosk = await startKioskServer({ dbPath });
  return {
    sim,
    kiosk,
    stop: async () => {
      await kiosk.stop();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
