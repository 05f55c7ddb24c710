/** How often the time left of a running lockout is written back (and, at most, lost to a crash). */
export const PERSIST_STEP_MS = 5_000;

export interface LockoutStorage {
  /** What was left when last measured (ms), 0 once run out, null when there is no lockout. */
  readRemaining(): number | null;
  saveRemaining(ms: number): void;
}

/** Calls `tick` every `ms` without keeping the process alive; returns how to stop it. */
export type Ticker = (ms: number, tick: () => void) => () => void;

const unrefInterval: Ticker = (ms, tick) => {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
};

/**
 * A lockout measured on the monotonic clock, so stepping the wall clock neither lengthens nor
 * shortens it. What is stored is the time still left, written back every PERSIST_STEP_MS while
 * the lockout runs (whether or not anyone checks it) and on `save()` when the host closes. A
 * restarted host re-arms what was stored from its own start: a restart never shortens a
 * lockout, and lengthens it at most by what ran since the last write, a few seconds after a crash.
 */
export class LockoutClock {
  private armed: { stored: number; at: number } | null = null;
  private stopTicking: (() => void) | null = null;

  constructor(
    private readonly storage: LockoutStorage,
    private readonly monotonic: () => number,
    private readonly ticker: Ticker = unrefInterval,
  ) {}

  arm(durationMs: number): void {
    this.armed = { stored: durationMs, at: this.monotonic() };
    this.keepTicking(durationMs > 0);
  }

  /** Ms left of the stored lockout, 0 when it ran out, null when there is none. */
  remaining(): number | null {
    return this.measure(false);
  }

  /** Writes back the time left of a running lockout now, and stops the periodic writes. */
  save(): void {
    this.measure(true);
    this.keepTicking(false);
  }

  private measure(force: boolean): number | null {
    const stored = this.storage.readRemaining();
    if (stored === null) {
      this.keepTicking(false);
      return null;
    }
    // Another value than this process armed or last saved: a restart, or another process.
    if (this.armed?.stored !== stored) this.arm(stored);
    const left = Math.max(0, stored - (this.monotonic() - this.armed!.at));
    if (left !== stored && (force || stored - left >= PERSIST_STEP_MS || left === 0)) {
      this.storage.saveRemaining(left);
      this.arm(left);
    }
    return left;
  }

  private keepTicking(on: boolean): void {
    if (!on) {
      this.stopTicking?.();
      this.stopTicking = null;
    } else if (this.stopTicking === null) {
      this.stopTicking = this.ticker(PERSIST_STEP_MS, () => this.tick());
    }
  }

  private tick(): void {
    try {
      this.measure(true);
    } catch {
      // The database is gone (the process is closing): nothing more to keep.
      this.keepTicking(false);
    }
  }
}
