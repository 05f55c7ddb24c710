import os from 'node:os';

/**
 * The nice value the sync's worker threads (the writer and its page reader) give themselves
 * unless told otherwise (`threadNice` in the worker data). A lowered priority (say 10) lets the
 * main thread (scans, IPC) win the CPU on two cores, but a thread at nice 10 gets about a tenth
 * of the share of each busy thread at 0: on a machine kept busy by other work the sync nearly
 * stops (the sync-writer tests timed out at 20 s at load 15–22 at nice 10, and passed at 0).
 * Until `npm run bench:sync` on a quiet machine shows the gain is worth it (it measures 10 beside
 * this default), the threads keep the main thread's priority.
 */
export const SYNC_THREAD_NICE = 0;

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
