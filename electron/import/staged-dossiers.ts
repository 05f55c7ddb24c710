import type { Database, Statement } from 'better-sqlite3';
import type { DossierWrite } from '../dossiers/dossier-write.ts';

/**
 * The checked records of an import, in file order, waiting to be applied. Kept in a temporary
 * table of this connection: the temp database is a file of its own (not memory), and writing
 * it takes no lock on the kiosk's database, so the running kiosk keeps writing while a large
 * file streams in.
 */
export class StagedDossiers {
  private readonly insert: Statement<[string]>;
  private readonly pageAfter: Statement<[number, number], { seq: number; json: string }>;
  private staged = 0;

  constructor(private readonly db: Database) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS import_staged_dossiers (seq INTEGER PRIMARY KEY, json TEXT NOT NULL)');
    db.exec('DELETE FROM temp.import_staged_dossiers');
    this.insert = db.prepare('INSERT INTO temp.import_staged_dossiers (json) VALUES (?)');
    this.pageAfter = db.prepare('SELECT seq, json FROM temp.import_staged_dossiers WHERE seq > ? ORDER BY seq LIMIT ?') as Statement<
      [number, number],
      { seq: number; json: string }
    >;
  }

  get count(): number {
    return this.staged;
  }

  add(write: DossierWrite): void {
    this.insert.run(JSON.stringify(write));
    this.staged += 1;
  }

  /** The staged records in file order, `size` at a time (each page read whole, so the caller may write between pages). */
  *pages(size: number): Generator<DossierWrite[]> {
    for (let after = 0; ; ) {
      const rows = this.pageAfter.all(after, size);
      if (rows.length === 0) return;
      after = rows.at(-1)!.seq;
      yield rows.map((row) => JSON.parse(row.json) as DossierWrite);
    }
  }

  drop(): void {
    this.db.exec('DROP TABLE IF EXISTS temp.import_staged_dossiers');
  }
}
