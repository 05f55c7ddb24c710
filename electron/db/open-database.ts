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

// The addon is a property of the process (Electron's ABI or Node's), not of one database: the
// packaged app sets it once, so that code it shares with the Node CLI (electron/cli/) opens
// databases with the Electron build without being told.
let processNativeBinding: string | undefined;

/** The better-sqlite3 addon every later openDatabase() loads unless given another; undefined: its own build. */
export function setDefaultNativeBinding(file: string | undefined): void {
  processNativeBinding = file;
}

/** Opens (creating when missing) the kiosk's SQLite file in WAL mode and migrates it. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  if (file !== ':memory:' && !options.readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new BetterSqlite3(file, {
    nativeBinding: options.nativeBinding ?? processNativeBinding,
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
