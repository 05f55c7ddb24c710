import type { Database, Statement } from 'better-sqlite3';

/**
 * The codes an import has read so far and where each came first. Kept in a temporary SQLite
 * table of this connection, not in a Map: a file of a million records keeps the process's
 * memory flat; the temp database takes no lock on the kiosk's database.
 */
export class SeenCodes {
  private readonly find: Statement<[string], string>;
  private readonly remember: Statement<[string, string]>;

  constructor(private readonly db: Database) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS import_seen_codes (code TEXT PRIMARY KEY, position TEXT NOT NULL) WITHOUT ROWID');
    db.exec('DELETE FROM temp.import_seen_codes');
    this.find = db.prepare('SELECT position FROM temp.import_seen_codes WHERE code = ?').pluck() as Statement<[string], string>;
    this.remember = db.prepare('INSERT INTO temp.import_seen_codes (code, position) VALUES (?, ?)');
  }

  /** Where `code` came first, or null when this is its first time (then `position` is remembered). */
  firstPositionOf(code: string, position: string): string | null {
    const first = this.find.get(code);
    if (first !== undefined) return first;
    this.remember.run(code, position);
    return null;
  }

  drop(): void {
    this.db.exec('DROP TABLE IF EXISTS temp.import_seen_codes');
  }
}
