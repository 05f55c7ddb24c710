import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../../shared/contract/index.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { connectToDistrict, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import BetterSqlite3 from 'better-sqlite3';
import { openTestHost } from '../technician/technician-harness.ts';

describe('a host event listener that throws', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('breaks neither the technician’s sync nor anything else, and leaves nothing unhandled', async () => {
    sim = await startDistrictSim({ dossiers: 20, token: TOKEN, seed: 4 });
    const dir = tempDir();
    const t = await openTestHost(dir);
    const db = new BetterSqlite3(path.join(dir, 'kiosk.db'));
    connectToDistrict(db, sim.url);
    db.close();
    t.host.subscribe(() => {
      throw new Error('a transport gone wrong');
    });
    const seen: KioskEvent[] = [];
    t.host.subscribe((event) => seen.push(event));
    const session = await t.unlock();
    expect(await t.call('technicianSyncNow', { session })).toEqual({ started: true, reason: null });
    const done = () => seen.find((e) => e.type === 'technicianSync' && e.payload.phase !== 'running');
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done()).toMatchObject({ payload: { phase: 'done', records: 20 } });
    expect(await t.call('technicianSyncLog', { session })).toMatchObject({ dossiers: 20, syncing: false, lastError: null });
    await t.close();
  });
});
