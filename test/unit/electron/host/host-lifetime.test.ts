import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import { HostSupervisor } from '../../../../electron/recovery/host-supervisor.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { connectToDistrict, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

/** The district server's reply time in the field reports: longer than a host restart takes. */
const SLOW_REPLY_MS = 6_000;

/** Unhandled rejections and uncaught exceptions of this process while `during` runs. */
async function processFaultsDuring(during: () => Promise<void>): Promise<unknown[]> {
  const faults: unknown[] = [];
  const record = (error: unknown) => faults.push(error);
  process.on('unhandledRejection', record);
  process.on('uncaughtException', record);
  try {
    await during();
  } finally {
    process.off('unhandledRejection', record);
    process.off('uncaughtException', record);
  }
  return faults;
}

const waitFor = async (what: string, condition: () => boolean, timeoutMs = 10_000) => {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a host stopped or restarted while a sync waits on a slow district server', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  async function slowServerAndCache() {
    sim = await startDistrictSim({ dossiers: 40, token: TOKEN, seed: 16 });
    const slow = sim.faults.inject({ kind: 'latency', route: 'changes', ms: SLOW_REPLY_MS, count: 1 });
    const dbPath = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(dbPath);
    connectToDistrict(db, sim.url, 'kiosk-lifetime');
    db.close();
    const slowRequestArrived = () => !sim!.faults.active().some((f) => f.id === slow);
    return { dbPath, slowRequestArrived };
  }

  it('cancels the sync in flight on close, so nothing runs against the closed database', async () => {
    const { dbPath, slowRequestArrived } = await slowServerAndCache();
    const faults = await processFaultsDuring(async () => {
      const host = await createKioskHost({ dbPath });
      await waitFor('the scheduled sync to reach the server', slowRequestArrived);
      await host.close();
      // Past the moment the server answers: a sync still running would now write to a closed database.
      await sleep(SLOW_REPLY_MS + 500);
    });
    expect(faults).toEqual([]);

    const reopened = await createKioskHost({ dbPath, backgroundSync: false });
    const info = await reopened.call('getKioskInfo', {});
    // The cancelled run is not a failure to report: the next host starts with no error.
    expect(info).toMatchObject({ ok: true, result: { sync: { lastError: null } } });
    await reopened.close();
  });

  it('restarts once when asked, not again and again, and the next host syncs', async () => {
    const { dbPath, slowRequestArrived } = await slowServerAndCache();
    let supervisor: HostSupervisor | null = null;
    const faults = await processFaultsDuring(async () => {
      supervisor = new HostSupervisor({ create: () => createKioskHost({ dbPath }), delayMs: () => 100 });
      // As in Electron's main process: anything uncaught restarts the host.
      const restartOnFault = () => supervisor?.restart('an uncaught error');
      process.on('unhandledRejection', restartOnFault);
      try {
        expect(await supervisor.start()).toBe(true);
        await waitFor('the scheduled sync to reach the server', slowRequestArrived);
        supervisor.restart('technician');
        await sleep(SLOW_REPLY_MS + 2_000);
        expect(supervisor.status).toMatchObject({ state: 'running', restarts: 1, lastError: 'technician' });
        await waitFor('the new host to sync', () => sim!.requests().some((r) => r.route === 'heartbeat'));
      } finally {
        process.off('unhandledRejection', restartOnFault);
        await supervisor.close();
      }
    });
    expect(faults).toEqual([]);
    const db = openDatabase(dbPath);
    expect(db.prepare('SELECT count(*) FROM dossiers').pluck().get()).toBe(40);
    db.close();
  }, 30_000);
});
