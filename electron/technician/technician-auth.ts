import type { Database } from 'better-sqlite3';
import { PIN_MAX_ATTEMPTS } from '../../shared/contract/index.ts';
import type { WeakPinReason } from '../../shared/contract/index.ts';
import type { AuditActor, AuditLog } from './audit-log.ts';
import { DEFAULT_SCRYPT, hashPin, verifyPin } from './pin-hash.ts';
import type { ScryptParams } from './pin-hash.ts';
import { weakPinReason } from './pin-policy.ts';
import { PinStore } from './pin-store.ts';

/** The first lockout lasts this long; each one after it (without a right PIN between) doubles, up to an hour. */
export const FIRST_LOCKOUT_MS = 5 * 60_000;
export const MAX_LOCKOUT_MS = 60 * 60_000;

export type PinCheck =
  | { result: 'right' }
  | { result: 'wrong-pin'; attemptsLeft: number }
  | { result: 'locked'; lockedUntil: Date }
  | { result: 'no-pin' };

export type PinChange = { result: 'changed' } | { result: 'weak-pin'; reason: WeakPinReason } | { result: 'pin-already-set' };

export interface TechnicianAuthOptions {
  db: Database;
  audit: AuditLog;
  now: () => Date;
  scrypt?: ScryptParams;
}

/**
 * The technician PIN: set once on first use, checked with scrypt, locked for a while after
 * five wrong tries in a row. The lockout lives in SQLite, so restarting the kiosk does not
 * reset it. Checks run one at a time, so parallel guesses cannot slip past the count.
 */
export class TechnicianAuth {
  private readonly store: PinStore;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: TechnicianAuthOptions) {
    this.store = new PinStore(options.db);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  get pinSet(): boolean {
    return this.store.read().hash !== null;
  }

  /** When a running lockout ends, or null. */
  lockedUntil(): Date | null {
    const { lockedUntil } = this.store.read();
    return lockedUntil !== null && lockedUntil > this.options.now().getTime() ? new Date(lockedUntil) : null;
  }

  attemptsLeft(): number {
    const state = this.store.read();
    if (state.lockedUntil !== null) return this.lockedUntil() !== null ? 0 : PIN_MAX_ATTEMPTS;
    return Math.max(0, PIN_MAX_ATTEMPTS - state.failedAttempts);
  }

  /** First run only: sets the PIN when none is set. */
  setFirstPin(pin: string, actor: AuditActor = 'technician'): Promise<PinChange> {
    return this.serial(async () => {
      const weak = weakPinReason(pin);
      if (weak) return { result: 'weak-pin', reason: weak };
      if (this.store.read().hash !== null) return { result: 'pin-already-set' };
      const stored = this.store.setHash(await hashPin(pin, this.options.scrypt ?? DEFAULT_SCRYPT), this.options.now(), true);
      if (!stored) return { result: 'pin-already-set' };
      this.options.audit.record(actor, 'pin-set');
      return { result: 'changed' };
    });
  }

  /** Checks a PIN, counting wrong tries and locking after the fifth. */
  check(pin: string, actor: AuditActor = 'technician'): Promise<PinCheck> {
    return this.serial(async () => {
      const state = this.store.read();
      if (state.hash === null) return { result: 'no-pin' };
      const now = this.options.now().getTime();
      if (state.lockedUntil !== null && state.lockedUntil > now) {
        this.options.audit.record(actor, 'unlock-failed', { reason: 'locked' });
        return { result: 'locked', lockedUntil: new Date(state.lockedUntil) };
      }
      // A lockout that has run out gives five new tries; its count stays until a right PIN.
      const failedBefore = state.lockedUntil !== null ? 0 : state.failedAttempts;
      if (await verifyPin(pin, state.hash)) {
        this.store.saveAttempts({ failedAttempts: 0, lockouts: 0, lockedUntil: null });
        return { result: 'right' };
      }
      const failed = failedBefore + 1;
      if (failed >= PIN_MAX_ATTEMPTS) {
        const duration = Math.min(FIRST_LOCKOUT_MS * 2 ** state.lockouts, MAX_LOCKOUT_MS);
        const lockedUntil = now + duration;
        this.store.saveAttempts({ failedAttempts: failed, lockouts: state.lockouts + 1, lockedUntil });
        this.options.audit.record(actor, 'locked-out', { minutes: Math.round(duration / 60_000) });
        return { result: 'locked', lockedUntil: new Date(lockedUntil) };
      }
      this.store.saveAttempts({ failedAttempts: failed, lockouts: state.lockouts, lockedUntil: null });
      this.options.audit.record(actor, 'unlock-failed', { attemptsLeft: PIN_MAX_ATTEMPTS - failed });
      return { result: 'wrong-pin', attemptsLeft: PIN_MAX_ATTEMPTS - failed };
    });
  }

  /** Replaces the PIN; the caller has checked the current one. */
  replacePin(newPin: string, actor: AuditActor = 'technician'): Promise<PinChange> {
    return this.serial(async () => {
      const weak = weakPinReason(newPin);
      if (weak) return { result: 'weak-pin', reason: weak };
      this.store.setHash(await hashPin(newPin, this.options.scrypt ?? DEFAULT_SCRYPT), this.options.now());
      this.options.audit.record(actor, 'pin-changed');
      return { result: 'changed' };
    });
  }

  /** From a shell (`kiosk config reset-pin`): the next technician sets a new PIN. */
  resetPin(actor: AuditActor): void {
    this.store.clear();
    this.options.audit.record(actor, 'pin-reset');
  }
}
