import type { Database } from 'better-sqlite3';
import { PIN_MAX_ATTEMPTS } from '../../shared/contract/index.ts';
import type { WeakPinReason } from '../../shared/contract/index.ts';
import type { AuditActor, AuditLog } from '../audit/audit-log.ts';
import { LockoutClock } from './lockout-clock.ts';
import { DEFAULT_SCRYPT, hashPin, verifyPin } from './pin-hash.ts';
import type { ScryptParams } from './pin-hash.ts';
import { weakPinReason } from './pin-policy.ts';
import { PinStore } from './pin-store.ts';
import { newSetupCode } from './setup-code.ts';

/** The first lockout lasts this long; each one after it (without a right PIN between) doubles, up to an hour. */
export const FIRST_LOCKOUT_MS = 5 * 60_000;
export const MAX_LOCKOUT_MS = 60 * 60_000;

export type PinCheck =
  | { result: 'right' }
  | { result: 'wrong-pin'; attemptsLeft: number }
  | { result: 'locked'; lockedUntil: Date }
  | { result: 'no-pin' };

export type PinChange = { result: 'changed' } | { result: 'weak-pin'; reason: WeakPinReason } | { result: 'pin-already-set' };

export type FirstPinChange =
  | PinChange
  | { result: 'wrong-setup-code'; attemptsLeft: number }
  | { result: 'no-setup-code' }
  | { result: 'locked'; lockedUntil: Date };

export interface TechnicianAuthOptions {
  db: Database;
  audit: AuditLog;
  /** Wall clock: only to show when a lockout ends. */
  now: () => Date;
  /** Monotonic milliseconds (performance.now): what a lockout is measured on. */
  monotonic?: () => number;
  scrypt?: ScryptParams;
}

/**
 * The technician PIN: the first one needs the one-time setup code a shell printed (proof that
 * a technician is at the kiosk), then it is checked with scrypt and locked for a while after
 * five wrong tries in a row (wrong setup codes count the same). The lockout lives in SQLite as
 * the time it still runs, so restarting the kiosk does not reset it, and is measured on the
 * monotonic clock, so stepping the wall clock does not move it. Checks run one at a time, so
 * parallel guesses cannot slip past the count.
 */
export class TechnicianAuth {
  private readonly store: PinStore;
  private readonly lockout: LockoutClock;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: TechnicianAuthOptions) {
    this.store = new PinStore(options.db);
    this.lockout = new LockoutClock(
      { readRemaining: () => this.store.read().lockRemainingMs, saveRemaining: (ms) => this.store.saveLockRemaining(ms) },
      options.monotonic ?? (() => performance.now()),
    );
    // A lockout stored by the last run counts down from now, whether or not anyone checks it.
    this.lockout.remaining();
  }

  /** Writes back what is left of a running lockout; the host calls it as it closes. */
  saveLockout(): void {
    this.lockout.save();
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private get scrypt(): ScryptParams {
    return this.options.scrypt ?? DEFAULT_SCRYPT;
  }

  get pinSet(): boolean {
    return this.store.read().hash !== null;
  }

  /** Whether a setup code waits to be used for the first PIN. */
  get setupCodeIssued(): boolean {
    const state = this.store.read();
    return state.hash === null && state.setupCodeHash !== null;
  }

  /** When a running lockout ends (on the wall clock, for display), or null. */
  lockedUntil(): Date | null {
    const left = this.lockout.remaining();
    return left !== null && left > 0 ? new Date(this.options.now().getTime() + left) : null;
  }

  attemptsLeft(): number {
    const state = this.store.read();
    const left = this.lockout.remaining();
    if (left !== null) return left > 0 ? 0 : PIN_MAX_ATTEMPTS;
    return Math.max(0, PIN_MAX_ATTEMPTS - state.failedAttempts);
  }

  /**
   * First run only: sets the PIN when none is set and `setupCode` is the one issued from a
   * shell, which it uses up. A wrong setup code counts as a wrong PIN.
   */
  setFirstPin(pin: string, setupCode: string, actor: AuditActor = 'technician'): Promise<FirstPinChange> {
    return this.serial(async () => {
      const state = this.store.read();
      if (state.hash !== null) return { result: 'pin-already-set' };
      const locked = this.runningLockout();
      if (locked) {
        this.options.audit.record(actor, 'unlock-failed', { reason: 'locked' });
        return locked;
      }
      if (state.setupCodeHash === null) return { result: 'no-setup-code' };
      if (!(await verifyPin(setupCode, state.setupCodeHash))) {
        const failed = this.recordFailure(actor, 'setup code');
        return failed.result === 'locked' ? failed : { result: 'wrong-setup-code', attemptsLeft: failed.attemptsLeft };
      }
      const weak = weakPinReason(pin);
      if (weak) return { result: 'weak-pin', reason: weak };
      if (!this.store.setHash(await hashPin(pin, this.scrypt), this.options.now(), state.setupCodeHash)) return { result: 'pin-already-set' };
      this.options.audit.record(actor, 'pin-set');
      return { result: 'changed' };
    });
  }

  /** Checks a PIN, counting wrong tries and locking after the fifth. */
  check(pin: string, actor: AuditActor = 'technician'): Promise<PinCheck> {
    return this.serial(async () => {
      const state = this.store.read();
      if (state.hash === null) return { result: 'no-pin' };
      const locked = this.runningLockout();
      if (locked) {
        this.options.audit.record(actor, 'unlock-failed', { reason: 'locked' });
        return locked;
      }
      if (await verifyPin(pin, state.hash)) {
        this.store.saveAttempts({ failedAttempts: 0, lockouts: 0, lockRemainingMs: null });
        return { result: 'right' };
      }
      return this.recordFailure(actor, 'pin');
    });
  }

  private runningLockout(): { result: 'locked'; lockedUntil: Date } | null {
    const until = this.lockedUntil();
    return until ? { result: 'locked', lockedUntil: until } : null;
  }

  /** Counts a wrong PIN or setup code; the fifth in a row starts a lockout. */
  private recordFailure(
    actor: AuditActor,
    wrong: 'pin' | 'setup code',
  ): { result: 'wrong-pin'; attemptsLeft: number } | { result: 'locked'; lockedUntil: Date } {
    const state = this.store.read();
    const what: Record<string, string> = wrong === 'setup code' ? { wrong } : {};
    // A lockout that has run out gives five new tries; its count stays until a right PIN.
    const failed = (state.lockRemainingMs !== null ? 0 : state.failedAttempts) + 1;
    if (failed >= PIN_MAX_ATTEMPTS) {
      const duration = Math.min(FIRST_LOCKOUT_MS * 2 ** state.lockouts, MAX_LOCKOUT_MS);
      this.store.saveAttempts({ failedAttempts: failed, lockouts: state.lockouts + 1, lockRemainingMs: duration });
      this.lockout.arm(duration);
      this.options.audit.record(actor, 'locked-out', { minutes: Math.round(duration / 60_000), ...what });
      return { result: 'locked', lockedUntil: new Date(this.options.now().getTime() + duration) };
    }
    this.store.saveAttempts({ failedAttempts: failed, lockouts: state.lockouts, lockRemainingMs: null });
    this.options.audit.record(actor, 'unlock-failed', { attemptsLeft: PIN_MAX_ATTEMPTS - failed, ...what });
    return { result: 'wrong-pin', attemptsLeft: PIN_MAX_ATTEMPTS - failed };
  }

  /** Replaces the PIN; the caller has checked the current one, or is a shell (`kiosk config set-pin`). */
  replacePin(newPin: string, actor: AuditActor = 'technician'): Promise<PinChange> {
    return this.serial(async () => {
      const weak = weakPinReason(newPin);
      if (weak) return { result: 'weak-pin', reason: weak };
      this.store.setHash(await hashPin(newPin, this.scrypt), this.options.now());
      this.options.audit.record(actor, 'pin-changed');
      return { result: 'changed' };
    });
  }

  /**
   * From a shell (`kiosk config reset-pin`): clears the PIN and returns a new one-time setup
   * code, which the next technician types at the kiosk before choosing a PIN. The code is
   * only returned, for the shell to print: it never reaches a log.
   */
  async resetPin(actor: AuditActor): Promise<string> {
    const code = newSetupCode();
    const hash = await hashPin(code, this.scrypt);
    await this.serial(async () => {
      this.store.clear(hash);
      this.options.audit.record(actor, 'pin-reset');
    });
    return code;
  }
}
