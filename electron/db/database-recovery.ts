import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { DatabaseCorruptError, openDatabase } from './open-database.ts';
import { log } from '../log/log.ts';

/**
 * What is worth carrying over from a damaged file: the kiosk's configuration and what only
 * the kiosk has. Dossiers, procedures and the sync position are not: they come back from the
 * district server (a full resync), or from the demo data when there is no server.
 */
export const SALVAGED_TABLES = ['settings', 'secrets', 'technician_pin', 'audit_log', 'ratings_outbox'] as const;

/** SQLite's ways of saying the file itself is damaged (not locked, not missing). */
const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE']);

export function isCorruptionError(error: unknown): boolean {
  if (error instanceof DatabaseCorruptError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CORRUPT_CODES.has(code);
}

export interface DatabaseRebuild {
  /** Where the damaged file was moved. */
  movedTo: string;
  /** What SQLite reported. */
  problems: string[];
  /** Rows carried over, by table (a table that could not be read is absent). */
  salvaged: Record<string, number>;
}

export interface RecoveringOpenOptions {
  nativeBinding?: string;
  now?: () => Date;
}

/**
 * Opens the kiosk's database after `PRAGMA quick_check`. A damaged file is moved aside
 * (`kiosk.db.corrupt-<time>`, with its -wal and -shm), a fresh one is created and migrated,
 * and the configuration tables that can still be read are copied into it. The caller then
 * finds an empty cache: the host resyncs from the district server, or loads the demo data.
 */
export function openDatabaseWithRecovery(file: string, options: RecoveringOpenOptions = {}): { db: Database; rebuilt: DatabaseRebuild | null } {
  let opened: { db: Database; rebuilt: DatabaseRebuild | null };
  try {
    opened = { db: openDatabase(file, { nativeBinding: options.nativeBinding, integrityCheck: true }), rebuilt: null };
  } catch (error) {
    if (file === ':memory:' || !isCorruptionError(error)) throw error;
    const problems = error instanceof DatabaseCorruptError ? error.problems : [error instanceof Error ? error.message : String(error)];
    opened = rebuildDatabase(file, problems, options);
  }
  if (file !== ':memory:') pruneCorruptCopies(file);
  return opened;
}

/** Damaged copies kept for diagnosis; they hold personal data, so older ones are deleted. */
export const CORRUPT_COPIES_KEPT = 3;

/**
 * Deletes all but the `keep` newest `kiosk.db.corrupt-<time>` copies beside `file` (each
 * with its -wal and -shm); returns the names deleted. A copy that cannot be deleted is
 * logged and left for the next start.
 */
export function pruneCorruptCopies(file: string, keep = CORRUPT_COPIES_KEPT): string[] {
  const dir = path.dirname(path.resolve(file));
  const base = path.basename(file);
  const copy = /^(.*)\.corrupt-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(-wal|-shm)?$/;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const stamps = new Set<string>();
  const byStamp = new Map<string, string[]>();
  for (const name of names) {
    const match = copy.exec(name);
    if (!match || match[1] !== base) continue;
    stamps.add(match[2]!);
    byStamp.set(match[2]!, [...(byStamp.get(match[2]!) ?? []), name]);
  }
  // The time in the name sorts as the time itself.
  const old = [...stamps].sort().reverse().slice(keep);
  const deleted: string[] = [];
  for (const stamp of old) {
    for (const name of byStamp.get(stamp)!) {
      try {
        fs.rmSync(path.join(dir, name), { force: true });
        deleted.push(name);
      } catch (error) {
        log.warn('old damaged database copy not deleted', { name, error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
      }
    }
  }
  if (deleted.length > 0) log.info('old damaged database copies deleted', { deleted: deleted.length, kept: Math.min(keep, stamps.size) });
  return deleted;
}

function rebuildDatabase(file: string, problems: string[], options: RecoveringOpenOptions): { db: Database; rebuilt: DatabaseRebuild } {
  const now = options.now ?? (() => new Date());
  const movedTo = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
  log.error('database damaged: moving it aside and rebuilding', { problems: problems.slice(0, 3).join('; ').slice(0, 300) });
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, movedTo + suffix);
  }
  const db = openDatabase(file, { nativeBinding: options.nativeBinding });
  const salvaged = salvageInto(db, movedTo, options.nativeBinding);
  log.info('database rebuilt', { movedTo: path.basename(movedTo), ...prefixed(salvaged) });
  return { db, rebuilt: { movedTo, problems, salvaged } };
}

function prefixed(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([table, n]) => [`salvaged_${table}`, n]));
}

/** Copies what can still be read of SALVAGED_TABLES from the damaged file, table by table. */
function salvageInto(db: Database, damagedFile: string, nativeBinding: string | undefined): Record<string, number> {
  const salvaged: Record<string, number> = {};
  let old: Database;
  try {
    old = new BetterSqlite3(damagedFile, { readonly: true, fileMustExist: true, nativeBinding });
  } catch {
    return salvaged;
  }
  try {
    for (const table of SALVAGED_TABLES) {
      try {
        const newColumns = columnsOf(db, table);
        const oldColumns = new Set(columnsOf(old, table));
        const columns = newColumns.filter((c) => oldColumns.has(c));
        if (columns.length === 0) continue;
        const list = columns.map((c) => `"${c}"`).join(', ');
        const rows = old.prepare(`SELECT ${list} FROM "${table}"`).raw().all() as unknown[][];
        const insert = db.prepare(`INSERT OR REPLACE INTO "${table}" (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
        db.transaction(() => {
          for (const row of rows) insert.run(...row);
        })();
        salvaged[table] = rows.length;
      } catch {
        // That table is part of the damage: it starts empty.
      }
    }
  } finally {
    old.close();
  }
  return salvaged;
}

function columnsOf(db: Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((name) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
}
