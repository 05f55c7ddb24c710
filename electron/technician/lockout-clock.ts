/** How often, at most, the time left of a lockout is written back while it is being read. */
const PERSIST_STEP_MS = 5_000;

export interface LockoutStorage {
  /** What was left when last measured (ms), 0 once run out, null when there is no lockout. */
  readRemaining(): number | null;
  saveRemaining(ms: number): void;
}

/**
 * A lockout measured on the monotonic clock, so stepping the wall clock neither lengthens nor
 * shortens it. What is stored is the time still left; a restarted host re-arms that much from
 * its own start, so a restart never shortens a lockout (at worst, it lengthens it by what ran
 * since the last measurement, a few seconds while someone is trying).
 */
export class LockoutClock {
  private armed: { stored: number; at: number } | null = null;

  constructor(
    private readonly storage: LockoutStorage,
    private readonly monotonic: () => number,
  ) {}

  arm(durationMs: number): void {
    this.armed = { stored: durationMs, at: this.monotonic() };
  }

  /** Ms left of the stored lockout, 0 when it ran out, null when there is none. */
  remaining(): number | null {
    const stored = this.storage.readRemaining();
    if (stored === null) return null;
    // Another value than this process armed or last saved: a restart, or another process.
    if (this.armed?.stored !== stored) this.arm(stored);
    const left = Math.max(0, stored - (this.monotonic() - this.armed!.at));
    if (stored - left >= PERSIST_STEP_MS || (left === 0 && stored !== 0)) {
      this.storage.saveRemaining(left);
      this.arm(left);
    }
    return left;
  }
}
