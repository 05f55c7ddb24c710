import type { Database } from 'better-sqlite3';

export interface PinState {
  hash: string | null;
  setAt: number | null;
  failedAttempts: number;
  lockouts: number;
  /** What was left of the lockout when last measured, in ms; 0 once it ran out; null when none. */
  lockRemainingMs: number | null;
  /** The one-time setup code for the first PIN (hashed); null when none is issued. */
  setupCodeHash: string | null;
}

export type AttemptState = Pick<PinState, 'failedAttempts' | 'lockouts' | 'lockRemainingMs'>;

/** The single row of technician_pin (migrations 0004, 0006). */
export class PinStore {
  constructor(private readonly db: Database) {}

  read(): PinState {
    const row = this.db
      .prepare('SELECT hash, set_at, failed_attempts, lockouts, lock_remaining_ms, setup_code_hash FROM technician_pin WHERE id = 1')
      .get() as {
      hash: string | null;
      set_at: number | null;
      failed_attempts: number;
      lockouts: number;
      lock_remaining_ms: number | null;
      setup_code_hash: string | null;
    };
    return {
      hash: row.hash,
      setAt: row.set_at,
      failedAttempts: row.failed_attempts,
      lockouts: row.lockouts,
      lockRemainingMs: row.lock_remaining_ms,
      setupCodeHash: row.setup_code_hash,
    };
  }

  /**
   * Stores a new PIN hash, clears any lockout and uses up the setup code; with `onlyIfSetupCode`,
   * only while no PIN is set and that setup code is still the one issued.
   */
  setHash(hash: string, at: Date, onlyIfSetupCode?: string): boolean {
    const sql = `UPDATE technician_pin SET hash = ?, set_at = ?, failed_attempts = 0, lockouts = 0, lock_remaining_ms = NULL, setup_code_hash = NULL
                 WHERE id = 1${onlyIfSetupCode !== undefined ? ' AND hash IS NULL AND setup_code_hash = ?' : ''}`;
    const params = [hash, Math.floor(at.getTime() / 1000), ...(onlyIfSetupCode !== undefined ? [onlyIfSetupCode] : [])];
    return this.db.prepare(sql).run(...params).changes === 1;
  }

  /** Clears the PIN and any lockout, and issues a new setup code (its hash). */
  clear(setupCodeHash: string): void {
    this.db
      .prepare(
        'UPDATE technician_pin SET hash = NULL, set_at = NULL, failed_attempts = 0, lockouts = 0, lock_remaining_ms = NULL, setup_code_hash = ? WHERE id = 1',
      )
      .run(setupCodeHash);
  }

  saveAttempts(state: AttemptState): void {
    this.db
      .prepare('UPDATE technician_pin SET failed_attempts = ?, lockouts = ?, lock_remaining_ms = ? WHERE id = 1')
      .run(state.failedAttempts, state.lockouts, state.lockRemainingMs);
  }

  saveLockRemaining(ms: number): void {
    this.db.prepare('UPDATE technician_pin SET lock_remaining_ms = ? WHERE id = 1 AND lock_remaining_ms IS NOT NULL').run(ms);
  }
}
