import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { startServe, technicianCaller } from '../../../support/serve-process.ts';
import { connectToDistrict, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { GOOD_PIN, issueSetupCode } from '../technician/technician-harness.ts';

const SLOW_REPLY_MS = 6_000;
/** Generous: a loaded 2-core machine starts the host and syncs slowly; polling ends as soon as the state is reached. */
const WAIT = { timeout: 45_000, interval: 50 };

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
      await vi.waitFor(() => expect(sim!.faults.active().find((f) => f.id === slow)?.fired).toBeGreaterThan(0), WAIT);
      expect(await technician.call('technicianRestartServices')).toEqual({ ok: true, result: { requested: true } });
      technician.forget();
      // The held reply has gone out (to the host that was closed) and the services are back.
      await vi.waitFor(() => {
        expect(sim!.requests().some((r) => r.route === 'changes' && r.faults.includes('latency'))).toBe(true);
        expect(serve.health.restarts).toEqual(['technician']);
      }, WAIT);
      sim.faults.clear();

      expect(serve.child.exitCode).toBeNull();
      expect(serve.health.faults).toEqual([]);
      expect(serve.health.restarts).toEqual(['technician']);
      await vi.waitFor(async () => expect(await technician.call('technicianSyncNow')).toMatchObject({ ok: true }), WAIT);
      await vi.waitFor(async () => {
        const answer = await technician.call('technicianSyncLog');
        expect(answer.ok && answer.result).toMatchObject({ dossiers: 60, syncing: false });
      }, WAIT);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
    expect(serve.health.faults).toEqual([]);
    expect(serve.health.restarts).toEqual(['technician']);
  }, 180_000);
});
