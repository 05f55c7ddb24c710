export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, maxMs: 15 * 60_000 };

/** setTimeout fires at once for delays above 2^31 − 1 ms; no delay handed to a timer may exceed it. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Delay before retry number `attempt` (1-based): exponential with full jitter, so hundreds of
 * kiosks that lost the server together do not come back together. A server's Retry-After is a
 * floor (the client caps it at MAX_RETRY_AFTER_SEC).
 */
export function backoffDelayMs(attempt: number, retryAfterSec: number | null, random: () => number, policy = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = policy.baseMs / 2 + random() * (ceiling - policy.baseMs / 2);
  return Math.min(MAX_TIMER_MS, Math.max(jittered, (retryAfterSec ?? 0) * 1000));
}

/** The regular interval, spread ±20% so a province's kiosks do not pull in step. */
export function jitteredIntervalMs(intervalMs: number, random: () => number): number {
  return Math.round(intervalMs * (0.8 + 0.4 * random()));
}
