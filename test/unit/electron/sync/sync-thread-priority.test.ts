import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { syncFeedInWorker } from '../../../../electron/sync/sync-writer.ts';
import { LOWERED_SYNC_THREAD_NICE, lowerThisThreadPriority, SYNC_THREAD_NICE } from '../../../../electron/sync/sync-thread-priority.ts';
import { feedWorkerScript } from '../../../support/feed-worker-build.ts';
import { clientFor, expectConverged, useSimulatorAndCache } from '../../../support/sync-harness.ts';

/** The nice value of each thread of this process, by thread id (Linux: /proc/self/task). */
function threadNiceValues(): Map<number, number> {
  const nice = new Map<number, number>();
  for (const tid of fs.readdirSync('/proc/self/task')) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name in parentheses: state is field 3, nice field 19.
      nice.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return nice;
}

/** How many threads started since `before` run at a nice value `matching`. */
function newThreads(before: Set<number>, matching: (nice: number) => boolean): number {
  return [...threadNiceValues()].filter(([tid, nice]) => !before.has(tid) && matching(nice)).length;
}

// A thread at nice 10 waits for every busy thread at 0: on a loaded machine it starts slowly.
const LOWERED_TIMEOUT_MS = 60_000;

describe('the sync threads can run at a lower CPU priority than the main thread', () => {
  const fixture = useSimulatorAndCache();

  it('with threadNice, the writer and its page reader lower their own priority; the main thread keeps its own', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 400, seed: 31 });
    const mainNice = threadNiceValues().get(process.pid);
    const script = await feedWorkerScript();
    // Threads of earlier tests may still be ending: only the threads this sync starts count.
    const before = new Set(threadNiceValues().keys());
    const lowered: number[] = [];
    await syncFeedInWorker({
      script,
      data: { client: clientFor(sim).connection, format: 'kiosk', dbPath: cache.file, pageSize: 100, threadNice: LOWERED_SYNC_THREAD_NICE },
      // Heard while the writer still runs (it posts progress after each page's commit).
      onProgress: () => lowered.push(newThreads(before, (nice) => nice === LOWERED_SYNC_THREAD_NICE)),
    });
    expect(LOWERED_SYNC_THREAD_NICE).toBeGreaterThan(mainNice!);
    // From the second page on the page reader runs beside the writer: both lowered.
    expect(lowered[0]).toBeGreaterThanOrEqual(1);
    expect(Math.max(...lowered)).toBeGreaterThanOrEqual(2);
    expect(threadNiceValues().get(process.pid)).toBe(mainNice);
    expectConverged(cache, sim);
  }, LOWERED_TIMEOUT_MS);

  it('by default the sync threads run a little below the main thread (SYNC_THREAD_NICE, see docs/sync.md)', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 300, seed: 32 });
    const mainNice = threadNiceValues().get(process.pid)!;
    const script = await feedWorkerScript();
    const before = new Set(threadNiceValues().keys());
    const lowered: number[] = [];
    await syncFeedInWorker({
      script,
      data: { client: clientFor(sim).connection, format: 'kiosk', dbPath: cache.file, pageSize: 100 },
      onProgress: () => lowered.push(newThreads(before, (nice) => nice === SYNC_THREAD_NICE)),
    });
    expect(SYNC_THREAD_NICE).toBeGreaterThan(mainNice);
    expect(SYNC_THREAD_NICE).toBeLessThan(LOWERED_SYNC_THREAD_NICE);
    expect(lowered.length).toBe(3);
    expect(lowered[0]).toBeGreaterThanOrEqual(1);
    expect(Math.max(...lowered)).toBeGreaterThanOrEqual(2);
    expect(threadNiceValues().get(process.pid)).toBe(mainNice);
    expectConverged(cache, sim);
  }, LOWERED_TIMEOUT_MS);

  it('asks only on Linux, where pid 0 is the calling thread alone (elsewhere it would lower the whole process)', () => {
    const setPriority = vi.fn();
    expect(lowerThisThreadPriority(10, 'win32', setPriority)).toBe(false);
    expect(lowerThisThreadPriority(10, 'darwin', setPriority)).toBe(false);
    expect(setPriority).not.toHaveBeenCalled();
    expect(lowerThisThreadPriority(10, 'linux', setPriority)).toBe(true);
    expect(setPriority).toHaveBeenCalledWith(0, 10);
  });

  it('a refusal is harmless: nothing thrown, the thread runs on as it was', () => {
    const refused = vi.fn(() => {
      throw Object.assign(new Error('setpriority: EACCES'), { code: 'ERR_SYSTEM_ERROR' });
    });
    expect(lowerThisThreadPriority(10, 'linux', refused)).toBe(false);
    expect(refused).toHaveBeenCalledOnce();
  });
});
