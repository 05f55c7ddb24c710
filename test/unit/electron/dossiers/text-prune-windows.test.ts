import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const code = (n: number) => `000.00.12.H53-260101-${String(n).padStart(4, '0')}`;

describe('pruning texts in windows', () => {
  const tempDir = useTempDir();
  let db: Database | undefined;
  afterEach(() => db?.close());

  it('lets other work run between windows, and keeps the texts of dossiers written meanwhile', async () => {
    db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const store = new DossierStore(db);
    const records = Array.from({ length: 9_000 }, (_, i) => dossierRecord({ code: code(i + 1), procedureName: `Thủ tục ${i % 50}` }));
    store.upsertMany(records, new Date());
    // Texts left behind by dossiers the server dropped.
    store.writeTransaction(() => {
      for (let i = 0; i < 100; i += 1) store.texts.idFor(`Thủ tục đã bãi bỏ ${i}`);
    });

    const pruning = store.texts.pruneUnreferenced();
    let done = false;
    void pruning.finally(() => (done = true));
    let turns = 0;
    while (!done) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      turns += 1;
      // A live lookup writes a dossier the prune has read past, with a text no dossier used when it began.
      if (turns === 2) store.upsertMany([dossierRecord({ code: code(0), procedureName: 'Thủ tục đã bãi bỏ 7' })], new Date());
    }
    const report = await pruning;

    expect(turns).toBeGreaterThan(3);
    expect(report.deleted).toBe(99);
    expect(report.longestWindowMs).toBeGreaterThan(0);
    expect(store.findByCode(code(0))?.procedureName).toBe('Thủ tục đã bãi bỏ 7');
    expect(db.prepare("SELECT count(*) FROM texts WHERE text LIKE 'Thủ tục đã bãi bỏ %'").pluck().get()).toBe(1);
    expect(store.findByCode(code(42))?.procedureName).toBe('Thủ tục 41');
  });

  it('deletes nothing when another connection committed during the prune', async () => {
    const file = path.join(tempDir(), 'kiosk.db');
    db = openDatabase(file);
    const store = new DossierStore(db);
    store.upsertMany(Array.from({ length: 5_000 }, (_, i) => dossierRecord({ code: code(i + 1) })), new Date());
    store.writeTransaction(() => store.texts.idFor('Thủ tục đã bãi bỏ'));
    const other = openDatabase(file);
    try {
      const pruning = store.texts.pruneUnreferenced();
      await new Promise<void>((resolve) => setImmediate(resolve));
      new DossierStore(other).upsertMany([dossierRecord({ code: code(0), procedureName: 'Thủ tục đã bãi bỏ' })], new Date());
      expect((await pruning).deleted).toBe(0);
      expect(new DossierStore(db).findByCode(code(0))?.procedureName).toBe('Thủ tục đã bãi bỏ');
    } finally {
      other.close();
    }
  });
});
