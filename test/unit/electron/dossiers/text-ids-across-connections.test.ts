import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

/**
 * The kiosk and a `kiosk sync --accept-smaller` run from a shell share one SQLite file. The
 * shell's prune deletes texts and SQLite hands their ids to new texts; the kiosk must not go
 * on trusting the id↔text pairs it cached before.
 */
describe('text ids when another connection prunes and reuses them', () => {
  const tempDir = useTempDir();
  const open: Database[] = [];
  let file = '';
  beforeEach(() => {
    file = path.join(tempDir(), 'kiosk.db');
  });
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
  });
  const connect = () => {
    const db = openDatabase(file);
    open.push(db);
    return { db, store: new DossierStore(db) };
  };
  const first = '000.00.12.H53-260101-0001';
  const second = '000.00.12.H53-260101-0002';
  const third = '000.00.12.H53-260101-0003';

  /** The shell's run: drops the kiosk's dossier, prunes its texts, stores one whose text takes the freed id. */
  async function pruneAndReuseElsewhere(db: Database, store: DossierStore): Promise<void> {
    db.prepare('DELETE FROM dossiers').run();
    expect((await store.texts.pruneUnreferenced()).deleted).toBeGreaterThan(0);
    store.upsertMany([dossierRecord({ code: second, procedureName: 'Thủ tục Y', timeline: [] })], new Date());
  }

  it('a text the kiosk cached is not written under an id another connection gave to a different text', async () => {
    const kiosk = connect();
    kiosk.store.upsertMany([dossierRecord({ code: first, procedureName: 'Thủ tục X', timeline: [] })], new Date());
    const xId = kiosk.db.prepare("SELECT id FROM texts WHERE text = 'Thủ tục X'").pluck().get();

    const shell = connect();
    await pruneAndReuseElsewhere(shell.db, shell.store);
    expect(shell.db.prepare("SELECT id FROM texts WHERE text = 'Thủ tục Y'").pluck().get()).toBe(xId);

    kiosk.store.upsertMany([dossierRecord({ code: third, procedureName: 'Thủ tục X', timeline: [] })], new Date());
    expect(kiosk.store.findByCode(third)?.procedureName).toBe('Thủ tục X');
    expect(kiosk.store.findByCode(second)?.procedureName).toBe('Thủ tục Y');
    expect(shell.store.findByCode(third)?.procedureName).toBe('Thủ tục X');
  });

  it('a lookup does not answer with the text the kiosk cached under an id that now names another', async () => {
    const kiosk = connect();
    kiosk.store.upsertMany([dossierRecord({ code: first, procedureName: 'Thủ tục X', timeline: [] })], new Date());
    expect(kiosk.store.findByCode(first)?.procedureName).toBe('Thủ tục X');

    const shell = connect();
    await pruneAndReuseElsewhere(shell.db, shell.store);

    expect(kiosk.store.findByCode(first)).toBeUndefined();
    expect(kiosk.store.findByCode(second)?.procedureName).toBe('Thủ tục Y');
  });

  it('a lookup keeps its cached texts when another connection only added texts (a sync writing its pages)', () => {
    const kiosk = connect();
    kiosk.store.upsertMany(
      [first, second, third].map((code, i) => dossierRecord({ code, procedureName: `Thủ tục ${i}`, timeline: [{ at: '2026-01-01T02:00:00.000Z', department: `Phòng ${i}`, action: `Bước ${i}` }] })),
      new Date(),
    );
    for (const code of [first, second, third]) kiosk.store.findByCode(code);
    const warm = kiosk.store.texts.cachedCount;

    const writer = connect();
    writer.store.upsertMany([dossierRecord({ code: first, procedureName: 'Thủ tục mới', timeline: [] })], new Date(), 'dossiers_shadow');

    expect(kiosk.store.findByCode(second)?.procedureName).toBe('Thủ tục 1');
    expect(kiosk.store.texts.cachedCount).toBe(warm);
  });

  it("this connection's own prune leaves no stale pair behind when the freed id is reused", async () => {
    const kiosk = connect();
    kiosk.store.upsertMany([dossierRecord({ code: first, procedureName: 'Thủ tục X', timeline: [] })], new Date());
    await pruneAndReuseElsewhere(kiosk.db, kiosk.store);
    kiosk.store.upsertMany([dossierRecord({ code: third, procedureName: 'Thủ tục X', timeline: [] })], new Date());
    expect(kiosk.store.findByCode(second)?.procedureName).toBe('Thủ tục Y');
    expect(kiosk.store.findByCode(third)?.procedureName).toBe('Thủ tục X');
  });
});
