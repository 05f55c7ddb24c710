// The full resync fills dossiers_shadow and swaps it in by RENAME (electron/sync/dossier-feed-sync.ts):
// the two tables are two hand-written copies in the migrations, so the first column or index added
// to one and not the other would break the resync. They must stay alike in every column and index.
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

function shapeOf(db: Database, table: string) {
  const columns = db.prepare(`PRAGMA table_xinfo(${table})`).all() as { name: string; type: string; notnull: number; dflt_value: unknown; pk: number; hidden: number }[];
  const indexes = (db.prepare(`PRAGMA index_list(${table})`).all() as { name: string; unique: number; origin: string; partial: number }[]).map((index) => ({
    unique: index.unique,
    origin: index.origin,
    partial: index.partial,
    columns: (db.prepare(`PRAGMA index_xinfo(${JSON.stringify(index.name)})`).all() as { name: string | null; desc: number; key: number }[])
      .filter((c) => c.key === 1)
      .map((c) => `${c.name ?? '<expr>'}${c.desc ? ' desc' : ''}`),
  }));
  return { columns, indexes: indexes.map((i) => JSON.stringify(i)).sort() };
}

describe('the dossiers table and the shadow a full resync swaps in', () => {
  const tempDir = useTempDir();
  let db: Database | undefined;
  afterEach(() => db?.close());

  it('have the same columns, in the same order, and the same indexes after every migration', () => {
    db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const dossiers = shapeOf(db, 'dossiers');
    expect(dossiers.columns.length).toBeGreaterThan(5);
    expect(shapeOf(db, 'dossiers_shadow')).toEqual(dossiers);
  });

  it('would see a column added to one table only', () => {
    db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    db.exec('ALTER TABLE dossiers ADD COLUMN added_to_one_only TEXT');
    expect(shapeOf(db, 'dossiers_shadow')).not.toEqual(shapeOf(db, 'dossiers'));
  });
});
