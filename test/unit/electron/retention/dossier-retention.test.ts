// Returned and closed dossiers leave the cache after `dossierRetentionDays`: the rule on a real
// SQLite file, the host purging at start and after a sync from the district simulator.
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { KioskSettings, settingsSchema } from '../../../../shared/contract/index.ts';
import type { DossierRecordInput } from '../../../../shared/contract/index.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { DossierRetention, PURGE_WINDOW } from '../../../../electron/dossiers/dossier-retention.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import { DossierRetentionService } from '../../../../electron/retention/dossier-retention-service.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { connectToDistrict, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const tempDir = useTempDir('kiosk-retention-');
const NOW = new Date('2026-11-20T03:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
let sim: DistrictSim | undefined;
beforeAll(() => vi.stubEnv('KIOSK_LOG', 'silent'));
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** Each case: a dossier, and whether a 90-day retention keeps it. */
const cases: [string, Partial<DossierRecordInput>, boolean][] = [
  ['returned 91 days ago', { status: 10, receivedAt: daysAgo(120), finishedAt: daysAgo(100), returnedAt: daysAgo(91) }, false],
  ['returned 89 days ago', { status: 10, receivedAt: daysAgo(120), finishedAt: daysAgo(100), returnedAt: daysAgo(89) }, true],
  ['returned long ago without a return date, finished 200 days ago', { status: 10, receivedAt: daysAgo(220), finishedAt: daysAgo(200) }, false],
  ['finished 300 days ago, result still at the counter (9)', { status: 9, receivedAt: daysAgo(320), finishedAt: daysAgo(300) }, true],
  ['in processing since 400 days (4)', { status: 4, receivedAt: daysAgo(400) }, true],
  ['withdrawn 120 days ago (7)', { status: 7, receivedAt: daysAgo(130), timeline: [{ at: daysAgo(120), department: 'Bộ phận Một cửa', action: 'Công dân rút hồ sơ' }] }, false],
  ['not accepted 95 days ago (3)', { status: 3, receivedAt: daysAgo(95), timeline: [{ at: daysAgo(95), department: 'Bộ phận Một cửa', action: 'Không tiếp nhận' }] }, false],
  [
    'received 200 days ago, stopped 10 days ago (8)',
    { status: 8, receivedAt: daysAgo(200), timeline: [{ at: daysAgo(200), department: 'Một cửa', action: 'Tiếp nhận' }, { at: daysAgo(10), department: 'Phòng Tư pháp', action: 'Dừng xử lý' }] },
    true,
  ],
];

function cacheWith(file: string, records: DossierRecordInput[]) {
  const db = openDatabase(file);
  new DossierStore(db).upsertMany(records, NOW);
  return db;
}

const code = (i: number) => `000.00.12.H53-261115-${String(i + 1).padStart(4, '0')}`;
const recordsOf = () => cases.map(([, overrides], i) => dossierRecord({ code: code(i), dueAt: null, timeline: [], ...overrides }));
const expectedKept = () => cases.flatMap(([, , kept], i) => (kept ? [code(i)] : [])).sort();
const codesIn = (db: ReturnType<typeof openDatabase>) => (db.prepare('SELECT code FROM dossiers ORDER BY code').pluck().all() as string[]);

describe('DossierRetention', () => {
  it.each(cases.map(([name, , kept]) => [name, kept]))('%s → kept: %s', (name) => {
    const db = cacheWith(path.join(tempDir(), 'kiosk.db'), recordsOf());
    const retention = new DossierRetention(db);
    retention.purgeClosedBefore(new Date(Date.parse(daysAgo(90))));
    const i = cases.findIndex(([n]) => n === name);
    expect(codesIn(db).includes(code(i))).toBe(cases[i]![2]);
    db.close();
  });

  it('purges exactly the returned and closed dossiers past the period, and reports how many', () => {
    const db = cacheWith(path.join(tempDir(), 'kiosk.db'), recordsOf());
    expect(new DossierRetention(db).purgeClosedBefore(new Date(Date.parse(daysAgo(90))))).toBe(cases.length - expectedKept().length);
    expect(codesIn(db)).toEqual(expectedKept());
    db.close();
  });
});

describe('the purge in windows', () => {
  it('goes through a table larger than one window step by step, and stops after the current window when stopped', async () => {
    const records = Array.from({ length: PURGE_WINDOW * 2 + 10 }, (_, i) =>
      dossierRecord({ code: `000.00.12.H53-2610${String(1 + Math.floor(i / 9999)).padStart(2, '0')}-${String(1 + (i % 9999)).padStart(4, '0')}`, status: i % 2 ? 10 : 4, receivedAt: daysAgo(300), returnedAt: i % 2 ? daysAgo(200) : undefined, dueAt: null, timeline: [] }),
    );
    const db = cacheWith(path.join(tempDir(), 'kiosk.db'), records);
    const retention = new DossierRetention(db);
    const first = retention.purgeStep('', new Date(Date.parse(daysAgo(90))));
    expect(first.purged).toBe(PURGE_WINDOW / 2);
    expect(first.next).not.toBeNull();
    const service = new DossierRetentionService({ db, settings: new SettingsStore(db), now: () => NOW });
    const run = service.runNow();
    await service.stop();
    expect(await run).toBeLessThan(records.length / 2 - PURGE_WINDOW / 2);
    const rest = new DossierRetentionService({ db, settings: new SettingsStore(db), now: () => NOW });
    await rest.runNow();
    expect(new DossierStore(db).count()).toBe(PURGE_WINDOW + 5);
    db.close();
  });
});

describe('the dossierRetentionDays setting', () => {
  it('defaults to 90 days and takes whole days from 7 to 3650', () => {
    expect(KioskSettings.parse({}).dossierRetentionDays).toBe(90);
    const schema = settingsSchema.dossierRetentionDays;
    for (const good of [7, 90, 365, 3650]) expect(schema.safeParse(good).success, String(good)).toBe(true);
    for (const bad of [0, 6, 3651, 12.5, '90', null]) expect(schema.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('sets the horizon the service purges to', async () => {
    const db = cacheWith(path.join(tempDir(), 'kiosk.db'), recordsOf());
    const settings = new SettingsStore(db);
    settings.set('dossierRetentionDays', 365);
    const service = new DossierRetentionService({ db, settings, now: () => NOW });
    await expect(service.runNow()).resolves.toBe(0);
    settings.set('dossierRetentionDays', 100);
    // Closed 120 and 200 days ago.
    await expect(service.runNow()).resolves.toBe(2);
    db.close();
  });

  it('never rejects, even when the setting cannot be read (the database closed under it): the host calls it unawaited', async () => {
    const db = cacheWith(path.join(tempDir(), 'kiosk.db'), recordsOf());
    const service = new DossierRetentionService({ db, settings: new SettingsStore(db), now: () => NOW });
    db.close();
    await expect(service.runNow()).resolves.toBe(0);
  });

  it('after syncs, purges at most once an hour (it reads the whole table)', async () => {
    let now = NOW.getTime();
    const db = cacheWith(path.join(tempDir(), 'kiosk.db'), recordsOf());
    const service = new DossierRetentionService({ db, settings: new SettingsStore(db), now: () => new Date(now) });
    await expect(service.runNow()).resolves.toBe(cases.length - expectedKept().length);
    await expect(service.afterSync()).resolves.toBe(0);
    new DossierStore(db).upsertMany([dossierRecord({ code: code(50), status: 10, receivedAt: daysAgo(300), returnedAt: daysAgo(299), dueAt: null, timeline: [] })], NOW);
    now += 59 * 60_000;
    expect(service.afterSync()).toBeNull();
    now += 60_000;
    await expect(service.afterSync()).resolves.toBe(1);
    db.close();
  });
});

describe('the host', () => {
  it('purges at start', async () => {
    const file = path.join(tempDir(), 'kiosk.db');
    cacheWith(file, recordsOf()).close();
    const host = await createKioskHost({ dbPath: file, demoWhenEmpty: false, backgroundSync: false, now: () => NOW });
    await host.close();
    const db = openDatabase(file);
    expect(codesIn(db)).toEqual(expectedKept());
    db.close();
  });

  it('purges after a sync brings dossiers closed long ago', async () => {
    // The district's present was 200 days ago: every dossier it closed is past 90 days now.
    sim = await startDistrictSim({ dossiers: 400, token: TOKEN, seed: 3, anchor: new Date(Date.now() - 200 * 86_400_000) });
    const all = sim.state.allDossiers();
    const open = all.filter((d) => ![3, 7, 8, 10].includes(d.status));
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(all.length);
    const file = path.join(tempDir(), 'kiosk.db');
    const setup = openDatabase(file);
    connectToDistrict(setup, sim.url, 'kiosk-retention-01');
    setup.close();
    const host = await createKioskHost({ dbPath: file, demoWhenEmpty: false, backgroundSync: true });
    const reader = openDatabase(file);
    try {
      await vi.waitFor(() => expect(new DossierStore(reader).count()).toBe(open.length), { timeout: 30_000, interval: 100 });
      expect(codesIn(reader)).toEqual(open.map((d) => d.code).sort());
    } finally {
      reader.close();
      await host.close();
    }
  }, 60_000);
});
