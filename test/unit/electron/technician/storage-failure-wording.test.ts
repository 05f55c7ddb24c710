import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../../shared/contract/index.ts';
import { renderText, translate } from '../../../../shared/i18n/technician-format.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { kioskStores } from '../../../../electron/stores/kiosk-stores.ts';
import { storageFailure } from '../../../../electron/sync/storage-failure.ts';
import { SyncStateStore } from '../../../../electron/sync/sync-state-store.ts';
import { runDoctor } from '../../../../electron/technician/doctor.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { connectToDistrict, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { openTestHost } from './technician-harness.ts';

/** How technicians are told that the kiosk's own database, not the server, stopped a sync. */
describe('sync failures of the kiosk’s own database, as technicians read them', () => {
  const tempDir = useTempDir();
  const open: BetterSqlite3.Database[] = [];
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    for (const db of open.splice(0)) if (db.open) db.close();
    await sim?.close();
    sim = undefined;
  });

  const doctorOn = (db: BetterSqlite3.Database, dbPath: string) =>
    runDoctor({ db, dbPath, stores: kioskStores(db), databaseCheck: 'quick', timeoutMs: 1_000 });

  it('kiosk doctor names a recorded "disk full" with its fix, in both languages', async () => {
    const dbPath = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(dbPath);
    open.push(db);
    new SyncStateStore(db).recordFailure(new Date(), storageFailure({ code: 'SQLITE_FULL' })!.message);
    const sync = (await doctorOn(db, dbPath)).checks.find((c) => c.id === 'sync')!;
    expect(sync.status).toBe('failure');
    expect(renderText('en', sync.message)).toBe('The last sync could not save its data: disk full.');
    expect(renderText('vi', sync.message)).toBe('Lần đồng bộ gần nhất không lưu được dữ liệu: ổ đĩa đã đầy.');
    expect(renderText('en', sync.fix!)).toMatch(/^Free space on the disk/);
    expect(renderText('vi', sync.fix!)).toMatch(/^Giải phóng dung lượng/);
  });

  it('kiosk doctor finds a database another program holds locked, and one it may not write', async () => {
    const dbPath = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(dbPath);
    open.push(db);
    const holder = new BetterSqlite3(dbPath);
    open.push(holder);
    holder.exec('BEGIN IMMEDIATE');
    const busy = (await doctorOn(db, dbPath)).checks.find((c) => c.id === 'database')!;
    expect(busy).toMatchObject({ status: 'failure', message: { key: 'tech.doctor.database.database-busy' }, fix: { key: 'tech.syncFix.database-busy' } });
    holder.exec('ROLLBACK');
    // The busy timeout the probe lowered is the kiosk's again.
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);

    const readOnly = new BetterSqlite3(dbPath, { readonly: true });
    open.push(readOnly);
    const refused = (await doctorOn(readOnly, dbPath)).checks.find((c) => c.id === 'database')!;
    expect(refused).toMatchObject({ status: 'failure', message: { key: 'tech.doctor.database.database-read-only' } });
    expect(renderText('vi', refused.fix!)).toMatch(/^Cấp quyền ghi/);
    expect((await doctorOn(db, dbPath)).checks.find((c) => c.id === 'database')!.status).toBe('ok');
  });

  it('the sync tab names a failure the database could not even record ("database busy"), with its fix', async () => {
    sim = await startDistrictSim({ dossiers: 30, token: TOKEN, seed: 2 });
    sim.faults.inject({ kind: 'latency', route: 'changes', ms: 1_000 });
    const dir = tempDir();
    const t = await openTestHost(dir);
    const settingsDb = new BetterSqlite3(t.dbPath);
    connectToDistrict(settingsDb, sim.url);
    settingsDb.close();
    const session = await t.unlock();
    expect(await t.call('technicianSyncNow', { session })).toEqual({ started: true, reason: null });
    // While the kiosk waits for the page, another program takes the write lock and keeps it.
    const holder = new BetterSqlite3(t.dbPath);
    open.push(holder);
    holder.exec('BEGIN IMMEDIATE');
    const ended = () => t.events.find((e): e is Extract<KioskEvent, { type: 'technicianSync' }> => e.type === 'technicianSync' && e.payload.phase !== 'running');
    while (!ended()) await new Promise((resolve) => setTimeout(resolve, 100));
    holder.exec('ROLLBACK');
    expect(ended()!.payload).toMatchObject({ phase: 'failed', kind: 'database-busy' });

    const log = await t.call('technicianSyncLog', { session });
    expect(log.lastErrorKind).toBe('database-busy');
    expect(log.lastError).toMatch(/^Database busy: /);
    // What the sync tab shows for it.
    expect(`${translate('vi', `tech.syncError.${log.lastErrorKind}`)}: ${translate('vi', `tech.syncFix.${log.lastErrorKind}`)}`).toMatch(
      /^cơ sở dữ liệu đang bận .*: Đóng các chương trình khác/,
    );
    await t.close();
  }, 30_000);
});
