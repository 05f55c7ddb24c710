/**
 * A token bucket on the monotonic clock: up to `capacity` takes at once, then one more every
 * `refillMs`. Used to bound what the kiosk asks of the district server per kiosk.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly refillMs: number,
    private readonly monotonic: () => number,
  ) {
    this.tokens = capacity;
    this.updatedAt = monotonic();
  }

  /** Takes one token if there is one. */
  take(): boolean {
    const now = this.monotonic();
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) / this.refillMs);
    this.updatedAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
