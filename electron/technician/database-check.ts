import type { Database } from 'better-sqlite3';
import type { DossierStore } from '../dossiers/dossier-store.ts';

export interface DatabaseCheck {
  ok: boolean;
  /** The first problems SQLite reported (at most 10), or the error that stopped the check. */
  problems: string[];
  schemaVersion: number | null;
  dossiers: number | null;
  sqliteVersion: string | null;
  journalMode: string | null;
  pageCount: number | null;
}

/** SQLite's own integrity check (`quick` skips index-content cross-checks, for large files), and the dossiers held when it passes. */
export function checkDatabase(db: Database, dossiers: Pick<DossierStore, 'count'> | null, mode: 'full' | 'quick' = 'full'): DatabaseCheck {
  const result: DatabaseCheck = { ok: false, problems: [], schemaVersion: null, dossiers: null, sqliteVersion: null, journalMode: null, pageCount: null };
  try {
    result.sqliteVersion = db.prepare('SELECT sqlite_version()').pluck().get() as string;
    result.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    result.journalMode = db.pragma('journal_mode', { simple: true }) as string;
    result.pageCount = db.pragma('page_count', { simple: true }) as number;
    const rows = db.prepare(`PRAGMA ${mode === 'full' ? 'integrity_check(10)' : 'quick_check(10)'}`).pluck().all() as string[];
    result.problems = rows.filter((row) => row !== 'ok');
    result.ok = result.problems.length === 0;
    if (result.ok && dossiers) result.dossiers = dossiers.count();
  } catch (error) {
    result.ok = false;
    result.problems.push(error instanceof Error ? error.message : String(error));
  }
  return result;
}
