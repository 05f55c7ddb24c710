import os from 'node:os';

/**
 * The nice value the sync's worker threads (the writer and its page reader) give themselves
 * unless told otherwise (`threadNice` in the worker data): a little below the main thread (scans,
 * IPC) and Chromium beside it. The main thread's blocking during a sync is nearly all waiting in
 * the run queue behind runnable threads; at 5 it waited up to 38 % less for a CPU at load 5–10,
 * the sync's pace within that measurement's noise (`npm run bench:sync-priority` alternates the
 * value within one sync). 10 buys about the same, but a thread at 10 gets a tenth of the share of
 * each busy thread at 0 (at 5 a third): at load 15–22 the sync nearly stopped. Figures and the
 * decision: docs/sync.md, "Priority of the sync threads".
 */
export const SYNC_THREAD_NICE = 5;

/** What `npm run bench:sync` measures beside the default. */
export const LOWERED_SYNC_THREAD_NICE = 10;

type SetPriority = (pid: number, priority: number) => void;

/**
 * Lowers the calling thread's CPU priority to `nice`; returns whether it did. Only on Linux,
 * where each thread has its own nice value and pid 0 names the calling thread alone: on Windows
 * and macOS the same call would lower the whole process, main thread included. A refusal (a
 * sandbox, a nice already higher) leaves the thread as it was and the sync runs on.
 */
export function lowerThisThreadPriority(nice: number, platform: NodeJS.Platform = process.platform, setPriority: SetPriority = os.setPriority): boolean {
  if (platform !== 'linux' || nice <= 0) return false;
  try {
    setPriority(0, nice);
    return true;
  } catch {
    return false;
  }
}
