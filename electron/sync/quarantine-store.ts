import type { Database, Statement } from 'better-sqlite3';
import { MAX_QUARANTINE_ROWS } from './district-limits.ts';
import type { QuarantinedItem } from './validate-feed-items.ts';

/**
 * The records a server sent that the kiosk could not accept (table quarantine): their code and
 * the reason only. The table keeps the newest MAX_QUARANTINE_ROWS; a server that sends nothing
 * but junk cannot fill the disk with it.
 */
export class QuarantineStore {
  private readonly insert: Statement<[number, string | null, string]>;
  private readonly prune: Statement<[number]>;

  constructor(private readonly db: Database) {
    this.insert = db.prepare('INSERT INTO quarantine (at, code, reason) VALUES (?, ?, ?)');
    this.prune = db.prepare('DELETE FROM quarantine WHERE id <= (SELECT id FROM quarantine ORDER BY id DESC LIMIT 1 OFFSET ?)');
  }

  /** Adds the items and drops the oldest past the cap; call inside the page's transaction. */
  add(items: readonly QuarantinedItem[], at: Date): void {
    if (items.length === 0) return;
    const seconds = Math.floor(at.getTime() / 1000);
    for (const item of items) this.insert.run(seconds, item.code, item.reason.slice(0, 500));
    this.prune.run(MAX_QUARANTINE_ROWS);
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM quarantine').pluck().get() as number;
  }

  /** Distinct codes to ask the server for again, at most `limit`. */
  codes(limit: number): string[] {
    return this.db.prepare('SELECT DISTINCT code FROM quarantine WHERE code IS NOT NULL ORDER BY code LIMIT ?').pluck().all(limit) as string[];
  }

  remove(code: string): void {
    this.db.prepare('DELETE FROM quarantine WHERE code = ?').run(code);
  }
}
