// The kiosk's database checked at start and, when damaged, moved aside and rebuilt: on real
// files damaged on disk (pages overwritten, the header destroyed), then the host re-syncing
// the rebuilt cache from the district simulator, or loading the demo data without one.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProcedureStore } from '../../../../electron/catalogue/procedure-store.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import { openDatabaseWithRecovery } from '../../../../electron/db/database-recovery.ts';
import { SecretStore } from '../../../../electron/settings/secret-store.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { SyncStateStore } from '../../../../electron/sync/sync-state-store.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { syncServiceFor, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const tempDir = useTempDir('kiosk-db-recovery-');
let sim: DistrictSim | undefined;
beforeAll(() => vi.stubEnv('KIOSK_LOG', 'silent'));
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** A kiosk cache synced from the simulator: settings, token, 300 dossiers, 17 procedures. */
async function syncedCache(dossiers = 300): Promise<string> {
  sim ??= await startDistrictSim({ dossiers, token: TOKEN, seed: 8 });
  const file = path.join(tempDir(), 'kiosk.db');
  const db = openDatabase(file);
  const settings = new SettingsStore(db);
  settings.set('districtServerUrl', sim.url);
  settings.set('kioskId', 'kiosk-recovery-01');
  settings.set('unitFields', ['Hộ tịch', 'Chứng thực']);
  new SecretStore(db).set('districtToken', TOKEN);
  const service = syncServiceFor(db, file);
  await service.syncNow();
  expect(new DossierStore(db).count()).toBe(dossiers);
  db.close();
  return file;
}

/** Overwrites pages of one table's b-tree with garbage, as a failing disk or a cut write would. */
function damagePages(file: string, table: string, count: number): number[] {
  const db = new BetterSqlite3(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = (db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype IN ('internal', 'leaf') ORDER BY pageno").pluck().all(table) as number[]).slice(0, count);
  db.close();
  const fd = fs.openSync(file, 'r+');
  const garbage = Buffer.alloc(pageSize, 0xa5);
  for (const page of pages) fs.writeSync(fd, garbage, 0, pageSize, (page - 1) * pageSize);
  fs.closeSync(fd);
  return pages;
}

function siblings(file: string): string[] {
  return fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(path.basename(file)));
}

describe('openDatabaseWithRecovery', () => {
  it('opens a healthy file as it is', async () => {
    const file = await syncedCache(50);
    const { db, rebuilt } = openDatabaseWithRecovery(file);
    expect(rebuilt).toBeNull();
    expect(new DossierStore(db).count()).toBe(50);
    db.close();
  });

  it('moves a file with damaged pages aside, rebuilds it, and keeps the configuration', async () => {
    const file = await syncedCache();
    const damaged = damagePages(file, 'dossiers', 3);
    expect(damaged.length).toBe(3);

    const { db, rebuilt } = openDatabaseWithRecovery(file, { now: () => new Date('2026-11-20T03:00:00Z') });
    expect(rebuilt).not.toBeNull();
    expect(rebuilt!.problems.length).toBeGreaterThan(0);
    expect(path.basename(rebuilt!.movedTo)).toBe('kiosk.db.corrupt-2026-11-20T03-00-00-000Z');
    expect(fs.existsSync(rebuilt!.movedTo)).toBe(true);
    expect(siblings(file)).toEqual(expect.arrayContaining(['kiosk.db', 'kiosk.db.corrupt-2026-11-20T03-00-00-000Z']));

    // A fresh, healthy, migrated file: no dossiers, no feed position, the kiosk's own settings and token.
    expect(db.prepare('PRAGMA quick_check').pluck().get()).toBe('ok');
    expect(new DossierStore(db).count()).toBe(0);
    expect(new SyncStateStore(db).read()).toMatchObject({ cursor: null, lastSuccessAt: null });
    const settings = new SettingsStore(db);
    expect(settings.get('districtServerUrl')).toBe(sim!.url);
    expect(settings.get('kioskId')).toBe('kiosk-recovery-01');
    expect(settings.get('unitFields')).toEqual(['Hộ tịch', 'Chứng thực']);
    expect(new SecretStore(db).get('districtToken')).toBe(TOKEN);
    expect(rebuilt!.salvaged).toMatchObject({ settings: expect.any(Number), secrets: 1 });
    db.close();
  });

  it('rebuilds a file whose header is destroyed (SQLite: "file is not a database"); nothing to salvage then', async () => {
    const file = await syncedCache(50);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(100, 0x42), 0, 100, 0);
    fs.closeSync(fd);
    const { db, rebuilt } = openDatabaseWithRecovery(file);
    expect(rebuilt?.problems.join(' ')).toMatch(/not a database/i);
    expect(rebuilt?.salvaged).toEqual({});
    expect(new SettingsStore(db).get('districtServerUrl')).toBeNull();
    db.close();
  });

  it('does not touch a file that fails for another reason (a newer kiosk’s schema)', async () => {
    const file = await syncedCache(20);
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabaseWithRecovery(file)).toThrow(/newer kiosk/);
    expect(siblings(file).filter((f) => f.includes('corrupt'))).toEqual([]);
  });
});

describe('the host on a damaged database', () => {
  it('starts, and a sync brings every dossier back from the district server', async () => {
    const file = await syncedCache();
    damagePages(file, 'dossiers', 4);
    const host = await createKioskHost({ dbPath: file, demoWhenEmpty: true, backgroundSync: false });
    try {
      const info = await host.call('getKioskInfo', {});
      expect(info).toMatchObject({ ok: true, result: { demo: false } });
    } finally {
      await host.close();
    }
    // What the sync service does next (here by hand): a full snapshot into the fresh cache.
    const db = openDatabase(file);
    const service = syncServiceFor(db, file);
    const report = await service.syncNow();
    expect(report.applied).toBe(300);
    expect(new DossierStore(db).count()).toBe(sim!.state.allDossiers().length);
    expect(new ProcedureStore(db).count()).toBe(17);
    db.close();
  });

  it('without a district server configured, shows the demo data again', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'kiosk.db');
    const first = await createKioskHost({ dbPath: file, demoWhenEmpty: true, backgroundSync: false });
    await first.close();
    damagePages(file, 'dossiers', 1);
    const host = await createKioskHost({ dbPath: file, demoWhenEmpty: true, backgroundSync: false });
    try {
      await expect(host.call('getKioskInfo', {})).resolves.toMatchObject({ ok: true, result: { demo: true } });
      await expect(host.call('lookupDossier', { raw: '000.12.12.H53-261112-0015', source: 'keypad' })).resolves.toMatchObject({
        ok: true,
        result: { kind: 'found' },
      });
    } finally {
      await host.close();
    }
    expect(siblings(file).some((f) => f.includes('.corrupt-'))).toBe(true);
  });
});
