import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { log } from '../../../../electron/log/log.ts';
import { SyncError } from '../../../../electron/sync/sync-error.ts';
import { syncFeedInWorker } from '../../../../electron/sync/sync-writer.ts';
import { feedWorkerScript } from '../../../support/feed-worker-build.ts';
import { clientFor, connectToDistrict, expectConverged, openCache, syncServiceFor, TOKEN, useSimulatorAndCache } from '../../../support/sync-harness.ts';
import type { KioskCache } from '../../../support/sync-harness.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';

const CHILD = path.join(import.meta.dirname, '..', '..', '..', 'support', 'worker-sync-process.ts');
const PAGE = 100;

/** Records the server still has to send from the saved cursor: with the cached ones, exactly the server's. */
async function expectCursorAtItsData(cache: KioskCache, sim: DistrictSim): Promise<number> {
  const cached = cache.store.count();
  expect(cached % PAGE).toBe(0);
  let remaining = 0;
  let cursor = cache.state.read().cursor;
  for (;;) {
    const page = await clientFor(sim).fetchChanges(cursor, 1000);
    remaining += page.items!.length;
    cursor = page.nextCursor;
    if (!page.hasMore) break;
  }
  expect(cached + remaining).toBe(sim.state.allDossiers().length);
  return cached;
}

/** The real feed worker wrapped so that it dies, inside a page's transaction, at its `run`th statement. */
function workerDyingAt(dir: string, real: string, run: number): string {
  const dying = path.join(dir, 'dying-writer.cjs');
  fs.writeFileSync(
    dying,
    `const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
     const probe = new Database(':memory:');
     const Statement = Object.getPrototypeOf(probe.prepare('SELECT 1'));
     probe.close();
     const run = Statement.run;
     let runs = 0;
     Statement.run = function (...args) { if (++runs === ${run}) process.exit(7); return run.apply(this, args); };
     require(${JSON.stringify(real)});`,
  );
  return dying;
}

describe('the sync writer: the change feed written by a worker thread on its own connection', () => {
  const fixture = useSimulatorAndCache();
  afterEach(() => vi.restoreAllMocks());

  it('writes the whole feed through another connection while this one only hears progress', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 450, seed: 21 });
    const dataVersion = () => cache.db.pragma('data_version', { simple: true }) as number;
    const before = dataVersion();
    const progress: number[] = [];
    const outcome = await syncFeedInWorker({
      script: await feedWorkerScript(),
      data: { client: clientFor(sim).connection, format: 'kiosk', dbPath: cache.file, pageSize: PAGE },
      onProgress: ({ pages }) => progress.push(pages),
    });
    expect(outcome).toMatchObject({ lookupOnly: false, report: { applied: 450, pages: 5, fullResync: false } });
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    // data_version moves only for commits of another connection: this one wrote nothing.
    expect(dataVersion()).not.toBe(before);
    expectConverged(cache, sim);
  });

  it('a full resync in the worker swaps the shadow table in, and this connection’s cached reads follow it', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 300, seed: 22 });
    const script = await feedWorkerScript();
    const data = { client: clientFor(sim).connection, format: 'kiosk' as const, dbPath: cache.file, pageSize: PAGE };
    await syncFeedInWorker({ script, data });
    const code = sim.state.allDossiers()[0]!.code;
    // Prepared statements and the text cache of this connection, warmed before the swap.
    expect(cache.store.findByCode(code)).toBeDefined();
    sim.advance(40);
    sim.deleteDossiers(10);
    sim.expireCursors();
    const { report } = await syncFeedInWorker({ script, data });
    expect(report.fullResync).toBe(true);
    expect(cache.state.read().resyncActive).toBe(false);
    expect(cache.store.count('dossiers_shadow')).toBe(0);
    expectConverged(cache, sim);
  });

  it('keeps the refused-shrinking-resync rule and its message', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 300, seed: 23 });
    const script = await feedWorkerScript();
    const data = { client: clientFor(sim).connection, format: 'kiosk' as const, dbPath: cache.file, pageSize: PAGE };
    await syncFeedInWorker({ script, data });
    sim.deleteDossiers(200);
    sim.expireCursors();
    const failure = await syncFeedInWorker({ script, data }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).message).toMatch(/holds 100 dossiers where the kiosk holds 300; the kiosk kept its data/);
    expect(cache.store.count()).toBe(300);
    expect((await syncFeedInWorker({ script, data: { ...data, acceptSmaller: true } })).report.fullResync).toBe(true);
    expectConverged(cache, sim);
  });

  it('a worker that dies inside a page’s transaction fails the sync clearly, with nothing half-written', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 600, seed: 24 });
    const script = workerDyingAt(fixture.tempDir(), await feedWorkerScript(), 2 * PAGE + 40);
    const failure = await syncFeedInWorker({ script, data: { client: clientFor(sim).connection, format: 'kiosk', dbPath: cache.file, pageSize: PAGE } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncError);
    expect(failure).toMatchObject({ kind: 'sync-worker-stopped', transient: true, message: expect.stringContaining('stopped in the middle of the sync (exit code 7)') });
    expect(cache.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await expectCursorAtItsData(cache, sim)).toBeLessThan(600);
    // The next run goes on from there.
    await syncFeedInWorker({ script: await feedWorkerScript(), data: { client: clientFor(sim).connection, format: 'kiosk', dbPath: cache.file, pageSize: PAGE } });
    expectConverged(cache, sim);
  });

  it('the sync service falls back to this thread when the worker cannot start, and logs it', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 200, seed: 25 });
    connectToDistrict(cache.db, sim.url);
    const warned = vi.spyOn(log, 'warn');
    const service = syncServiceFor(cache.db, cache.file, { feedWorkerScript: path.join(fixture.tempDir(), 'no-such-worker.cjs') });
    expect((await service.syncNow()).applied).toBe(200);
    expect(warned).toHaveBeenCalledWith('sync worker could not start; syncing in the main thread', { reason: expect.stringContaining('no-such-worker.cjs') });
    expectConverged(cache, sim);
    await service.close();
  });

  it('the sync service reports a dead worker as its failure, and the next run converges', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 300, seed: 26 });
    connectToDistrict(cache.db, sim.url);
    const dying = syncServiceFor(cache.db, cache.file, { feedWorkerScript: workerDyingAt(fixture.tempDir(), await feedWorkerScript(), 50) });
    await expect(dying.syncNow()).rejects.toMatchObject({ kind: 'sync-worker-stopped' });
    expect(cache.state.status()).toMatchObject({ state: 'error', lastError: expect.stringContaining("The kiosk's sync worker stopped") });
    expect(cache.store.count()).toBe(0);
    await dying.close();
    const service = syncServiceFor(cache.db, cache.file, { feedWorkerScript: await feedWorkerScript() });
    expect((await service.syncNow()).applied).toBe(300);
    expectConverged(cache, sim);
    await service.close();
  });

  it('SIGKILL of the kiosk during a worker write leaves the cursor exactly at its data', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 3000, seed: 27 });
    cache.db.close();
    sim.faults.inject({ kind: 'latency', route: 'changes', count: 1000, ms: 60 });
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, sim.url, TOKEN, cache.file, await feedWorkerScript(), String(PAGE)], {
      env: { ...process.env, KIOSK_LOG: 'silent' },
    });
    let seen = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      const match = [...seen.matchAll(/page (\d+)/g)].at(-1);
      if (match && Number(match[1]) >= 5) child.kill('SIGKILL');
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
    expect(signal, seen).toBe('SIGKILL');
    sim.faults.clear();
    const reopened = openCache(path.dirname(cache.file));
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const cached = await expectCursorAtItsData(reopened, sim);
    expect(cached).toBeGreaterThanOrEqual(5 * PAGE);
    expect(cached).toBeLessThan(3000);
    await syncFeedInWorker({ script: await feedWorkerScript(), data: { client: clientFor(sim).connection, format: 'kiosk', dbPath: reopened.file } });
    expectConverged(reopened, sim);
    reopened.db.close();
    // A child process with tsx, a worker and 60 ms pages: slow to start on a loaded machine.
  }, 60_000);
});
