import os from 'node:os';

/**
 * The nice value of the sync's worker threads (the writer and its page reader). On two cores
 * the writer, the reader and the main thread compete; at a lower priority the sync takes only
 * the CPU the main thread (scans, IPC) leaves, so a scan during a resync is served at once.
 */
export const SYNC_THREAD_NICE = 10;

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
