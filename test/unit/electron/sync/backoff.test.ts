import { describe, expect, it } from 'vitest';
import { backoffDelayMs, jitteredIntervalMs } from '../../../../electron/sync/backoff.ts';
import { parseRetryAfter } from '../../../../electron/sync/sync-error.ts';

describe('backoff', () => {
  const policy = { baseMs: 1000, maxMs: 60_000 };

  it('grows exponentially up to the cap, with full jitter', () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((attempt) => backoffDelayMs(attempt, null, () => 1, policy));
    expect(ceilings).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
    expect(backoffDelayMs(5, null, () => 0, policy)).toBe(500);
  });

  it('never retries before the server said it may', () => {
    expect(backoffDelayMs(1, 30, () => 0, policy)).toBe(30_000);
    expect(backoffDelayMs(8, 1, () => 1, policy)).toBe(60_000);
  });

  it('spreads the regular interval by ±20%', () => {
    expect(jitteredIntervalMs(300_000, () => 0)).toBe(240_000);
    expect(jitteredIntervalMs(300_000, () => 1)).toBe(360_000);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-11-20T03:00:00Z');
  it('reads seconds and HTTP dates, and ignores garbage', () => {
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Fri, 20 Nov 2026 03:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Fri, 20 Nov 2026 02:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
