import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open-database.ts';
import { startDistrictSim } from '../../district-sim/index.ts';
import type { DistrictSim } from '../../district-sim/index.ts';
import { startServe, technicianCaller } from '../../support/serve-process.ts';
import { connectToDistrict, TOKEN } from '../../support/sync-harness.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { GOOD_PIN, issueSetupCode } from '../technician/technician-harness.ts';

const SLOW_REPLY_MS = 6_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The field report, under `npm run serve`: a restart while the district server takes 6 s to answer. */
describe('npm run serve restarted by a technician while a sync waits on a slow server', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('restarts once, keeps running without a process fault, and the next host syncs', async () => {
    sim = await startDistrictSim({ dossiers: 60, token: TOKEN, seed: 7 });
    const dbPath = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(dbPath);
    connectToDistrict(db, sim.url, 'kiosk-serve-restart');
    db.close();
    const setupCode = await issueSetupCode(dbPath);
    const serve = await startServe(dbPath);
    const technician = technicianCaller(serve.call, GOOD_PIN, setupCode);
    try {
      // Held back until the technician's sync is under way.
      const slow = sim.faults.inject({ kind: 'latency', route: 'changes', ms: SLOW_REPLY_MS, count: 50 });
      expect(await technician.call('technicianSyncNow')).toMatchObject({ ok: true });
      while (!sim.faults.active().some((f) => f.id === slow && f.fired > 0)) await sleep(25);
      expect(await technician.call('technicianRestartServices')).toEqual({ ok: true, result: { requested: true } });
      technician.forget();
      await sleep(SLOW_REPLY_MS + 2_000);
      sim.faults.clear();

      expect(serve.child.exitCode).toBeNull();
      expect(serve.health.faults).toEqual([]);
      expect(serve.health.restarts).toEqual(['technician']);
      expect(await technician.call('technicianSyncNow')).toMatchObject({ ok: true });
      let log: { dossiers?: number; syncing?: boolean } = {};
      for (let i = 0; i < 100 && !(log.dossiers === 60 && log.syncing === false); i += 1) {
        await sleep(100);
        const answer = await technician.call('technicianSyncLog');
        if (answer.ok) log = answer.result as typeof log;
      }
      expect(log).toMatchObject({ dossiers: 60, syncing: false });
    } finally {
      expect(await serve.stop()).toBe(0);
    }
    expect(serve.health.faults).toEqual([]);
    expect(serve.health.restarts).toEqual(['technician']);
  }, 60_000);
});
