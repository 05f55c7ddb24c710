import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import type { SyncService } from '../../../../electron/sync/sync-service.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { connectToDistrict, syncServiceFor, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('connections to the district server', () => {
  const tempDir = useTempDir();
  const sims: DistrictSim[] = [];
  let service: SyncService | undefined;
  afterEach(async () => {
    await service?.close();
    for (const sim of sims.splice(0)) await sim.close();
    service = undefined;
  });

  async function serviceAgainst(sim: DistrictSim) {
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    connectToDistrict(db, sim.url);
    service = syncServiceFor(db, file);
    return { service, db };
  }

  it('sync runs and live lookups share one keep-alive connection, closed when the service closes', async () => {
    const sim = await startDistrictSim({ dossiers: 50, token: TOKEN, seed: 2 });
    sims.push(sim);
    const { service } = await serviceAgainst(sim);
    for (let run = 0; run < 3; run += 1) await service.syncNow();
    for (let n = 1; n <= 5; n += 1) expect(await service.liveLookup(`000.00.12.H53-261115-90${n}0`)).toBe(false);
    expect(sim.requests().length).toBeGreaterThanOrEqual(3 * 3 + 5);
    expect(sim.connections().opened).toBeLessThanOrEqual(2);
    expect(sim.connections().open).toBeGreaterThan(0);

    await service.close();
    await until(() => sim.connections().open === 0);
    expect(sim.connections().open).toBe(0);
  });

  it('a new server address drops the old server’s connections', async () => {
    const first = await startDistrictSim({ dossiers: 10, token: TOKEN, seed: 2 });
    const second = await startDistrictSim({ dossiers: 10, token: TOKEN, seed: 3 });
    sims.push(first, second);
    const { service, db } = await serviceAgainst(first);
    await service.syncNow();
    expect(first.connections().open).toBeGreaterThan(0);
    new SettingsStore(db).set('districtServerUrl', second.url);
    await service.liveLookup('000.00.12.H53-261115-9999');
    await until(() => first.connections().open === 0);
    expect(first.connections().open).toBe(0);
    expect(second.connections().open).toBe(1);
  });
});
