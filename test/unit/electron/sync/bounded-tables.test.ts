import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { TextDictionary } from '../../../../electron/dossiers/text-dictionary.ts';
import { MAX_QUARANTINE_ROWS } from '../../../../electron/sync/district-limits.ts';
import { MAX_REFUSALS_REMEMBERED, sendHeartbeat } from '../../../../electron/sync/heartbeat.ts';
import { settingChangesFor } from '../../../support/setting-changes.ts';
import { QuarantineStore } from '../../../../electron/sync/quarantine-store.ts';
import { AuditLog, MAX_AUDIT_ROWS } from '../../../../electron/audit/audit-log.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { expectConverged, syncFeed, useSimulatorAndCache } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

describe('tables and caches a district server can fill', () => {
  const fixture = useSimulatorAndCache();
  const tempDir = useTempDir();
  const freshDb = () => openDatabase(path.join(tempDir(), 'kiosk.db'));

  it('texts no dossier refers to any more are pruned after a full resync', async () => {
    const { sim, cache, client } = await fixture.start({ dossiers: 200, seed: 6 });
    await syncFeed(cache, client);
    // A dossier the server sent once and has since dropped, with texts of its own.
    cache.store.upsertMany(
      [dossierRecord({ code: '000.00.12.H53-200101-0001', procedureName: 'Thủ tục đã bãi bỏ', fieldName: 'Lĩnh vực cũ', timeline: [{ at: '2020-01-01T02:00:00.000Z', department: 'Phòng đã giải thể', action: 'Tiếp nhận' }] })],
      new Date(),
    );
    const oldTexts = () => cache.db.prepare("SELECT count(*) FROM texts WHERE text IN ('Thủ tục đã bãi bỏ', 'Lĩnh vực cũ', 'Phòng đã giải thể')").pluck().get();
    expect(oldTexts()).toBe(3);
    sim.expireCursors();
    const report = await syncFeed(cache, client);
    expect(report.fullResync).toBe(true);
    expect(oldTexts()).toBe(0);
    expectConverged(cache, sim);

    // As many texts as a kiosk that only ever saw the server's present data.
    const texts = (db: typeof cache.db) => db.prepare('SELECT count(*) FROM texts').pluck().get();
    const afterResync = texts(cache.db);
    const fresh = fixture.freshCache();
    await syncFeed(fresh, client);
    expect(afterResync).toBe(texts(fresh.db));
  });

  it('between resyncs, texts left behind are pruned once the table has grown past 20,000 and twice its last size', async () => {
    const { sim, cache, client } = await fixture.start({ dossiers: 50, seed: 8 });
    await syncFeed(cache, client);
    const leftBehind = () => cache.db.prepare("SELECT count(*) FROM texts WHERE text LIKE 'left behind %'").pluck().get();
    cache.db.transaction(() => {
      for (let i = 0; i < 19_000; i += 1) cache.store.texts.idFor(`left behind ${i}`);
    })();
    sim.advance(5);
    await syncFeed(cache, client);
    expect(leftBehind()).toBe(19_000);
    cache.db.transaction(() => {
      for (let i = 19_000; i < 21_000; i += 1) cache.store.texts.idFor(`left behind ${i}`);
    })();
    sim.advance(5);
    await syncFeed(cache, client);
    expect(leftBehind()).toBe(0);
    expectConverged(cache, sim);
  });

  it('the text cache starts over instead of growing past 100,000 entries', () => {
    const db = freshDb();
    const dictionary = new TextDictionary(db);
    db.transaction(() => {
      for (let i = 0; i < 150_000; i += 1) dictionary.idFor(`text ${i}`);
    })();
    expect(dictionary.cachedCount).toBeLessThanOrEqual(100_000);
    expect(dictionary.textOf(dictionary.idFor('text 7'))).toBe('text 7');
    db.close();
  });

  it(`keeps the newest ${MAX_QUARANTINE_ROWS} quarantine rows`, () => {
    const db = freshDb();
    const quarantine = new QuarantineStore(db);
    for (let batch = 0; batch < 11; batch += 1) {
      db.transaction(() => quarantine.add(Array.from({ length: 1000 }, (_, i) => ({ code: `B${batch}-${i}`, reason: 'status: invalid' })), new Date()))();
    }
    expect(quarantine.count()).toBe(MAX_QUARANTINE_ROWS);
    expect(db.prepare("SELECT count(*) FROM quarantine WHERE code LIKE 'B0-%'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM quarantine WHERE code LIKE 'B10-%'").pluck().get()).toBe(1000);
    db.close();
  });

  it('heartbeat configuration inventing new keys each time: names cut to 64 characters, the refusals remembered stay bounded', async () => {
    const { sim, cache, client } = await fixture.start({ dossiers: 5, seed: 1 });
    const report = { kioskId: 'kiosk-keys', version: '1', lastSyncAt: null, scanner: {}, disk: { freeBytes: 1_000_000 }, quarantined: 0 };
    const refusalsSeen = new Map<string, string>();
    const log = new AuditLog(cache.db);
    for (let beat = 0; beat < 6; beat += 1) {
      sim.setKioskConfig(Object.fromEntries(Array.from({ length: 64 }, (_, i) => [`${beat}-${i}-${'k'.repeat(5000)}`, i])));
      const outcome = await sendHeartbeat(client, report, settingChangesFor(cache.db, log), new Date(), refusalsSeen);
      expect(outcome.rejected).toHaveLength(64);
      expect(outcome.rejected.every((r) => r.key.length <= 64 && r.message.length < 120)).toBe(true);
      expect(refusalsSeen.size).toBeLessThanOrEqual(MAX_REFUSALS_REMEMBERED);
    }
  });

  it(`keeps the newest ${MAX_AUDIT_ROWS} audit log entries`, () => {
    const db = freshDb();
    const audit = new AuditLog(db);
    db.transaction(() => {
      for (let i = 0; i < MAX_AUDIT_ROWS + 500; i += 1) audit.record('district', 'setting-refused', { key: 'idleTimeoutSec', n: i });
    })();
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(MAX_AUDIT_ROWS);
    expect(audit.recent(1)[0]!.detail).toContain(`"n":${MAX_AUDIT_ROWS + 499}`);
    db.close();
  });
});
