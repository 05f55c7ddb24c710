import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { migrate } from './migrate.ts';
import { migrations } from './migrations/index.ts';

export interface OpenDatabaseOptions {
  nativeBinding?: string;
  readonly?: boolean;
  /** Run `PRAGMA quick_check` before migrating; a damaged file throws DatabaseCorruptError. */
  integrityCheck?: boolean;
}

/** The file opened but SQLite's own check found it damaged (see electron/recovery/). */
export class DatabaseCorruptError extends Error {
  override readonly name = 'DatabaseCorruptError';
  constructor(readonly problems: string[]) {
    super(`The database is damaged: ${problems.slice(0, 3).join('; ')}`);
  }
}

/** Opens (creating when missing) the kiosk's SQLite file in WAL mode and migrates it. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  if (file !== ':memory:' && !options.readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new BetterSqlite3(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  try {
    db.pragma('busy_timeout = 5000');
    if (options.integrityCheck) {
      const problems = (db.prepare('PRAGMA quick_check(20)').pluck().all() as string[]).filter((row) => row !== 'ok');
      if (problems.length > 0) throw new DatabaseCorruptError(problems);
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db, migrations);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
