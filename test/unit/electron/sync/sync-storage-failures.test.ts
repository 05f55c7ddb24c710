import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { SyncStateStore } from '../../../../electron/sync/sync-state-store.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { connectToDistrict, expectConverged, syncServiceFor, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { captureStderr } from '../technician/capture-stderr.ts';

/**
 * The kiosk's own database refuses a scheduled sync's writes: every failure is recorded (or,
 * when even that is refused, logged), named with its fix, and retried with backoff.
 */
describe('a sync whose database writes fail', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  const open: BetterSqlite3.Database[] = [];
  afterEach(async () => {
    vi.unstubAllEnvs();
    for (const db of open.splice(0)) if (db.open) db.close();
    await sim?.close();
    sim = undefined;
  });

  async function setUp() {
    sim = await startDistrictSim({ dossiers: 120, token: TOKEN, seed: 21 });
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    open.push(db);
    connectToDistrict(db, sim.url, 'kiosk-storage');
    const timers: { fn: () => void; ms: number }[] = [];
    const schedule = { random: () => 0.5, setTimer: (fn: () => void, ms: number) => timers.push({ fn, ms }), clearTimer: () => undefined };
    return { db, file, timers, schedule };
  }

  it('disk full (SQLITE_FULL): recorded as "Disk full" with its fix, retried, and converges once there is room', async () => {
    const { db, file, timers, schedule } = await setUp();
    const service = syncServiceFor(db, file, { schedule });
    // A full disk, for this connection: the file may not grow by a single page.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);

    await expect(service.syncNow()).rejects.toMatchObject({ kind: 'disk-full', message: expect.stringMatching(/^Disk full: .*Free space/) });
    expect(new SyncStateStore(db).read().lastError).toMatch(/^Disk full/);
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBeGreaterThanOrEqual(2_500);

    db.pragma('max_page_count = 1073741823');
    timers[0]!.fn();
    await service.syncNow();
    expectConverged({ db, store: new DossierStore(db), state: new SyncStateStore(db), file }, sim!);
    expect(new SyncStateStore(db).read().lastError).toBeNull();
    await service.close();
  });

  it('database busy (SQLITE_BUSY past the timeout): cannot even be recorded, so it is logged without personal data, retried, and converges', async () => {
    const { db, file, timers, schedule } = await setUp();
    db.pragma('busy_timeout = 200');
    const service = syncServiceFor(db, file, { schedule });
    const holder = new BetterSqlite3(file);
    open.push(holder);
    holder.exec('BEGIN IMMEDIATE');
    vi.stubEnv('KIOSK_LOG', '');
    const stderr = captureStderr();
    try {
      await expect(service.syncNow()).rejects.toMatchObject({ kind: 'database-busy', message: expect.stringMatching(/^Database busy: .*Close other programs/) });
    } finally {
      stderr.restore();
      vi.unstubAllEnvs();
    }
    expect(service.unrecordedFailure).toMatchObject({ kind: 'database-busy' });
    expect(new SyncStateStore(db).read().lastError).toBeNull();
    expect(stderr.text()).toContain('sync failure could not be recorded');
    expect(stderr.text()).toContain('database-busy');
    for (const dossier of sim!.state.allDossiers()) expect(stderr.text()).not.toContain(dossier.code);
    expect(timers).toHaveLength(1);

    holder.exec('ROLLBACK');
    timers[0]!.fn();
    await service.syncNow();
    expect(service.unrecordedFailure).toBeNull();
    expectConverged({ db, store: new DossierStore(db), state: new SyncStateStore(db), file }, sim!);
    await service.close();
  });

  it('database read-only (a file the kiosk may not write): named with its fix and retried, never given up', async () => {
    const { db, file, timers, schedule } = await setUp();
    // What SQLite does with a file its user may not write (chmod a-w; as root the mode bits do not bind, so open it read-only as SQLite would).
    const readOnly = new BetterSqlite3(file, { readonly: true });
    open.push(readOnly);
    const service = syncServiceFor(readOnly, file, { schedule });

    await expect(service.syncNow()).rejects.toMatchObject({ kind: 'database-read-only', message: expect.stringMatching(/^Database read-only: .*write access/) });
    expect(service.unrecordedFailure).toMatchObject({ kind: 'database-read-only' });
    expect(timers).toHaveLength(1);
    timers[0]!.fn();
    await service.syncNow().catch(() => undefined);
    expect(timers).toHaveLength(2);
    expect(timers[1]!.ms).toBeGreaterThan(timers[0]!.ms / 2);
    expect(new SyncStateStore(db).read().lastSuccessAt).toBeNull();
    await service.close();
  });
});
