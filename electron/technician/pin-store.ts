import type { Database } from 'better-sqlite3';

export interface PinState {
  hash: string | null;
  setAt: number | null;
  failedAttempts: number;
  lockouts: number;
  /** Unix milliseconds; null when not locked. */
  lockedUntil: number | null;
}

/** The single row of technician_pin (migration 0004). */
export class PinStore {
  constructor(private readonly db: Database) {}

  read(): PinState {
    const row = this.db.prepare('SELECT hash, set_at, failed_attempts, lockouts, locked_until FROM technician_pin WHERE id = 1').get() as {
      hash: string | null;
      set_at: number | null;
      failed_attempts: number;
      lockouts: number;
      locked_until: number | null;
    };
    return { hash: row.hash, setAt: row.set_at, failedAttempts: row.failed_attempts, lockouts: row.lockouts, lockedUntil: row.locked_until };
  }

  /** Stores a new PIN hash and clears any lockout; with `onlyIfUnset`, refuses to replace a PIN. */
  setHash(hash: string, at: Date, onlyIfUnset = false): boolean {
    const sql = `UPDATE technician_pin SET hash = ?, set_at = ?, failed_attempts = 0, lockouts = 0, locked_until = NULL
                 WHERE id = 1${onlyIfUnset ? ' AND hash IS NULL' : ''}`;
    return this.db.prepare(sql).run(hash, Math.floor(at.getTime() / 1000)).changes === 1;
  }

  clear(): void {
    this.db.prepare('UPDATE technician_pin SET hash = NULL, set_at = NULL, failed_attempts = 0, lockouts = 0, locked_until = NULL WHERE id = 1').run();
  }

  saveAttempts(state: Pick<PinState, 'failedAttempts' | 'lockouts' | 'lockedUntil'>): void {
    this.db
      .prepare('UPDATE technician_pin SET failed_attempts = ?, lockouts = ?, locked_until = ? WHERE id = 1')
      .run(state.failedAttempts, state.lockouts, state.lockedUntil);
  }
}
