import fs from 'node:fs';
import os from 'node:os';

/**
 * Sets the nice value of every thread of process `pid` (on Linux a nice value belongs to a
 * thread; threads started later inherit their creator's). Returns a sentence saying what was
 * done, for the bench's output: the simulator stands in for a district server on another
 * machine, so it must not take the kiosk's cores from it when both want them.
 */
export function setProcessNice(pid: number, nice: number): string {
  let threads: string[];
  try {
    threads = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    threads = [String(pid)];
  }
  let set = 0;
  let refused: string | null = null;
  for (const tid of threads) {
    try {
      os.setPriority(Number(tid), nice);
      set += 1;
    } catch (error) {
      refused ??= (error as NodeJS.ErrnoException).code ?? 'error';
    }
  }
  if (set === 0) return `could not set nice ${nice} on process ${pid} (${refused}): it shares the cores as an equal`;
  return `nice ${nice} on ${set} of ${threads.length} threads of process ${pid}${refused ? ` (the rest: ${refused})` : ''}`;
}
