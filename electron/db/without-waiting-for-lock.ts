import type { Database } from 'better-sqlite3';

/** Returned by withoutWaitingForLock when another connection held the write lock. */
export const LOCK_TAKEN = Symbol('write lock taken');

const isBusy = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
};

/**
 * Runs `work` (its own writes, each statement or transaction whole) with the connection's busy
 * timeout at zero: LOCK_TAKEN at once, nothing written, when another connection (the sync writer
 * thread's page) holds the write lock, instead of the main thread sleeping in SQLite's busy
 * handler until that page commits. The caller tries again later.
 */
export function withoutWaitingForLock<T>(db: Database, work: () => T): T | typeof LOCK_TAKEN {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    return work();
  } catch (error) {
    if (isBusy(error) && !db.inTransaction) return LOCK_TAKEN;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}
