import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../shared/contract/index.ts';
import { SyncError } from '../../../../electron/sync/sync-error.ts';
import { SyncScheduler } from '../../../../electron/sync/sync-scheduler.ts';

function harness(outcomes: (Error | null)[]) {
  const timers: { fn: () => void; ms: number }[] = [];
  const statuses: SyncStatus['state'][] = [];
  const failures: string[] = [];
  let runs = 0;
  const scheduler = new SyncScheduler({
    runOnce: async () => {
      const outcome = outcomes[runs++] ?? null;
      if (outcome) throw outcome;
    },
    intervalMs: 300_000,
    onStatus: (s) => statuses.push(s.state),
    readStatus: () => ({ state: failures.length ? 'error' : 'idle', lastSuccessAt: null, lastError: failures.at(-1) ?? null }),
    recordFailure: (e) => failures.push((e as Error).message),
    random: () => 1,
    setTimer: (fn, ms) => timers.push({ fn, ms }) - 1,
    clearTimer: () => undefined,
  });
  return { scheduler, timers, statuses, failures, runs: () => runs };
}

describe('sync scheduler', () => {
  it('backs off exponentially while the server fails, then returns to the interval', async () => {
    const h = harness([new SyncError('network', 'down'), new SyncError('network', 'down'), null]);
    await h.scheduler.syncNow();
    await h.scheduler.syncNow();
    await h.scheduler.syncNow();
    expect(h.timers.map((t) => t.ms)).toEqual([5_000, 10_000, 360_000]);
    expect(h.failures).toEqual(['down', 'down']);
    expect(h.scheduler.consecutiveFailures).toBe(0);
    expect(h.statuses.filter((s) => s === 'syncing')).toHaveLength(3);
  });

  it('waits at least as long as Retry-After asks', async () => {
    const h = harness([new SyncError('rate-limited', 'busy', 120)]);
    await h.scheduler.syncNow();
    expect(h.timers[0]!.ms).toBe(120_000);
    expect(h.scheduler.lastFailure).toBeInstanceOf(SyncError);
  });

  it('joins a sync in progress instead of starting a second', async () => {
    const h = harness([null]);
    await Promise.all([h.scheduler.syncNow(), h.scheduler.syncNow(), h.scheduler.syncNow()]);
    expect(h.runs()).toBe(1);
  });

  it('runs when its timer fires, and not after stop', async () => {
    const h = harness([null, null]);
    h.scheduler.start(1000);
    expect(h.timers[0]!.ms).toBe(2000);
    h.timers[0]!.fn();
    await h.scheduler.syncNow();
    expect(h.runs()).toBe(1);
    await h.scheduler.stop();
    const before = h.timers.length;
    await h.scheduler.syncNow();
    expect(h.timers.length).toBe(before);
  });
});
