import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { DossierRecord } from '../../../../shared/contract/index.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { FreshRecordWriter } from '../../../../electron/dossiers/fresh-record-writer.ts';
import { fromDossierRecord } from '../../../../electron/dossiers/dossier-write.ts';
import type { DossierWrite } from '../../../../electron/dossiers/dossier-write.ts';
import { syncFeedInWorker } from '../../../../electron/sync/sync-writer.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { feedWorkerScript } from '../../../support/feed-worker-build.ts';
import { clientFor, openCache, useSimulatorAndCache } from '../../../support/sync-harness.ts';
import type { KioskCache } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const CODE = '000.00.12.H53-261115-0001';
const record = (overrides: Parameters<typeof dossierRecord>[0]): DossierWrite => fromDossierRecord(DossierRecord.parse(dossierRecord(overrides)));

/** The main thread's writer of newer records, with no timer of its own: the test says when to try again. */
function writerFor(cache: KioskCache): FreshRecordWriter {
  return new FreshRecordWriter({
    db: cache.db,
    store: cache.store,
    resyncActive: () => cache.state.read().resyncActive,
    now: () => new Date(),
    setTimer: () => 'no timer',
    clearTimer: () => undefined,
  });
}

describe('a newer record fetched at a scan while another connection holds the write lock', () => {
  const tempDir = useTempDir();
  let other: Database | undefined;
  const caches: KioskCache[] = [];
  afterEach(() => {
    if (other?.inTransaction) other.exec('ROLLBACK');
    other?.close();
    other = undefined;
    for (const cache of caches.splice(0)) cache.db.close();
  });
  const newCache = () => {
    const cache = openCache(tempDir());
    caches.push(cache);
    return cache;
  };

  it('is held without waiting, answered at once, and stored once the lock is free', () => {
    const cache = newCache();
    cache.store.upsertMany([dossierRecord({ code: CODE, version: 1, status: 4 })], new Date());
    const fresh = writerFor(cache);

    // The sync writer's page transaction, on its own connection to the same file.
    other = openDatabase(cache.file);
    other.exec('BEGIN IMMEDIATE');
    expect(fresh.write(record({ code: CODE, version: 2, status: 9, finishedAt: '2026-11-19T08:00:00.000Z' }))).toBe('held');
    expect(cache.store.findByCode(CODE)?.version).toBe(1);
    // The citizen is answered with the server's record, its applicant masked as the cache would.
    expect(fresh.find(CODE)).toMatchObject({ version: 2, status: 9, applicantMasked: cache.store.findByCode(CODE)!.applicantMasked });
    fresh.retry();
    expect(fresh.heldCount).toBe(1);

    other.exec('COMMIT');
    fresh.retry();
    expect(fresh.heldCount).toBe(0);
    expect(cache.store.findByCode(CODE)).toMatchObject({ version: 2, status: 9 });
  });

  it('gives way to a still newer version the sync wrote meanwhile', () => {
    const cache = newCache();
    cache.store.upsertMany([dossierRecord({ code: CODE, version: 1 })], new Date());
    const fresh = writerFor(cache);
    other = openDatabase(cache.file);
    other.exec('BEGIN IMMEDIATE');
    expect(fresh.write(record({ code: CODE, version: 2, status: 5 }))).toBe('held');
    other.exec('COMMIT');
    // The next page brought version 3.
    cache.store.upsertMany([dossierRecord({ code: CODE, version: 3, status: 9 })], new Date());
    expect(fresh.find(CODE)).toMatchObject({ version: 3, status: 9 });
    fresh.retry();
    expect(cache.store.findByCode(CODE)).toMatchObject({ version: 3, status: 9 });
  });

  it('is dropped, not thrown, when the database fails meanwhile (it is retried from a timer)', () => {
    const cache = newCache();
    cache.store.upsertMany([dossierRecord({ code: CODE, version: 1 })], new Date());
    const fresh = writerFor(cache);
    other = openDatabase(cache.file);
    other.exec('BEGIN IMMEDIATE');
    expect(fresh.write(record({ code: CODE, version: 2 }))).toBe('held');
    cache.db.close();
    expect(() => fresh.retry()).not.toThrow();
    expect(fresh.heldCount).toBe(0);
    caches.splice(caches.indexOf(cache), 1);
  });

  it('is written to the shadow table too during a full resync', () => {
    const cache = newCache();
    cache.store.upsertMany([dossierRecord({ code: CODE, version: 1 })], new Date());
    cache.state.beginResync();
    const fresh = writerFor(cache);
    expect(fresh.write(record({ code: CODE, version: 2, status: 9 }))).toBe('stored');
    expect(cache.db.prepare('SELECT version FROM dossiers_shadow WHERE code = ?').pluck().get(CODE)).toBe(2);
    expect(cache.store.versionOf(CODE)).toBe(2);
  });
});

describe('a newer record stored during a full resync by the sync writer thread', () => {
  const fixture = useSimulatorAndCache();

  it('is not replaced by the older version at the shadow swap', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 400, seed: 31 });
    const script = await feedWorkerScript();
    const data = { client: clientFor(sim).connection, format: 'kiosk' as const, dbPath: cache.file, pageSize: 100 };
    await syncFeedInWorker({ script, data });
    const server = sim.state.allDossiers()[5]!;
    // What a scan fetched: newer than the snapshot the resync reads.
    const newer = fromDossierRecord(DossierRecord.parse({ ...server, version: server.version + 1, status: 9, finishedAt: '2026-11-19T08:00:00.000Z' }));
    const fresh = writerFor(cache);
    sim.expireCursors();
    const outcomes: string[] = [];
    const { report } = await syncFeedInWorker({
      script,
      data,
      onProgress: ({ pages }) => {
        if (pages === 1) outcomes.push(fresh.write(newer));
        fresh.retry();
      },
    });
    fresh.retry();
    expect(report.fullResync).toBe(true);
    expect(outcomes).toHaveLength(1);
    expect(fresh.heldCount).toBe(0);
    expect(cache.store.findByCode(server.code)).toMatchObject({ version: server.version + 1, status: 9 });
  });
});
