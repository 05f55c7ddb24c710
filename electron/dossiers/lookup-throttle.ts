/** Lookups that miss before any wait; a citizen mistyping a code or two never waits. */
export const FREE_MISSES = 3;
/** Codes typed on the keypad that are found, before they count like misses (paging through sequential codes). */
export const FREE_KEYPAD_LOOKUPS = 6;
/**
 * Distinct codes found, from any source, before each further one makes the next lookup wait.
 * The source is what the UI reports, so this holds for a phone showing sequential barcodes to
 * the scanner; a citizen with a few receipts stays far below it.
 */
export const FREE_FOUND_CODES = 10;
export const FIRST_WAIT_MS = 5_000;
export const MAX_WAIT_MS = 2 * 60_000;

export interface LookupThrottleOptions {
  monotonic: () => number;
  /** Without a lookup for this long (the kiosk's idle timeout: the next citizen), the count starts again. */
  idleMs: () => number;
}

/**
 * Receipt codes are sequential: a person at the keypad could page through other people's
 * dossiers. Past a few misses (and a few more codes typed on the keypad, or more than
 * FREE_FOUND_CODES different codes found however they came) each further one makes the next
 * lookup wait, twice as long each time; the count is forgotten once the kiosk has been idle. Enforced here, on the host, on the monotonic clock: the UI only shows it.
 */
export class LookupThrottle {
  private strikes = 0;
  private keypadLookups = 0;
  private readonly foundCodes = new Set<string>();
  private lastLookupAt = Number.NEGATIVE_INFINITY;
  private waitUntil = 0;

  constructor(private readonly options: LookupThrottleOptions) {}

  /** Ms the lookup asked now must still wait (0: go ahead). Every ask counts as activity. */
  waitMs(): number {
    const now = this.options.monotonic();
    if (now - this.lastLookupAt >= this.options.idleMs()) {
      this.strikes = 0;
      this.keypadLookups = 0;
      this.foundCodes.clear();
      this.waitUntil = 0;
    }
    this.lastLookupAt = now;
    return Math.max(0, this.waitUntil - now);
  }

  /** Records the outcome of a lookup that was allowed. */
  record(outcome: { missed: boolean; keypad: boolean; foundCode?: string }): void {
    if (outcome.keypad) this.keypadLookups += 1;
    const newFound = outcome.foundCode !== undefined && !this.foundCodes.has(outcome.foundCode);
    if (newFound) this.foundCodes.add(outcome.foundCode!);
    const paging = newFound && this.foundCodes.size > FREE_FOUND_CODES;
    const strike = outcome.missed || paging || (outcome.keypad && this.keypadLookups > FREE_KEYPAD_LOOKUPS);
    if (!strike) return;
    // Paging through found codes waits at once: the free misses were for mistyped codes.
    this.strikes = paging ? Math.max(this.strikes, FREE_MISSES) + 1 : this.strikes + 1;
    if (this.strikes > FREE_MISSES) {
      this.waitUntil = this.options.monotonic() + Math.min(FIRST_WAIT_MS * 2 ** (this.strikes - FREE_MISSES - 1), MAX_WAIT_MS);
    }
  }
}
