import fs from 'node:fs';
import { cpuSecondsOfStat } from './proc-cpu.ts';

/**
 * Each thread's CPU in this process, read from /proc every `everyMs` so that a worker that has
 * ended still counts with what it last used: which of the sync's threads (the page reader, the
 * writer, the main thread, V8's helpers) costs what. Threads are unnamed ("node"), so they are
 * told apart by their figures only.
 */
export function sampleThreadCpu(everyMs = 100): { stop(): void; busiest(n: number): number[] } {
  const seen = new Map<string, number>();
  const sample = () => {
    let tids: string[];
    try {
      tids = fs.readdirSync('/proc/self/task');
    } catch {
      return;
    }
    for (const tid of tids) {
      try {
        seen.set(tid, cpuSecondsOfStat(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')));
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    stop() {
      sample();
      clearInterval(timer);
    },
    busiest(n) {
      return [...seen.values()].sort((a, b) => b - a).slice(0, n);
    },
  };
}
