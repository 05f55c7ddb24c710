// What blocked the kiosk's main thread, and when (bench:sync with BENCH_BLOCK_TRACE=<file>): a 1 ms
// timer notes every tick that came more than BLOCK_MS late, with the sync's phase at that moment
// and how this thread spent the gap according to the kernel (/proc/thread-self/schedstat: time on
// a CPU, time runnable but waiting for one). A gap spent on a CPU is this thread's own work (code,
// GC); a gap spent waiting in the run queue is the OS giving the cores to other threads; the rest
// is the thread asleep past its timer.
import fs from 'node:fs';

const BLOCK_MS = 8;

interface Gap {
  /** ms since the trace started. */
  at: number;
  gapMs: number;
  onCpuMs: number;
  runQueueMs: number;
  phase: string;
}

function readSchedstat(): [number, number] {
  const [run, wait] = fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ');
  return [Number(run) / 1e6, Number(wait) / 1e6];
}

export interface BlockTrace {
  /** Names the phase from now on (worker started, page n committed, swap and end …). */
  phase(name: string): void;
  /** Notes a host lookup slower than 1 ms, with the phase it fell in. */
  slowLookup(ms: number): void;
  /** Stops the timer and writes the gaps, the phases' times and a summary to the file. */
  finish(label: string): void;
}

export function startBlockTrace(file: string): BlockTrace {
  const origin = performance.now();
  const originEpochMs = Date.now();
  const phases: { at: number; name: string }[] = [{ at: 0, name: 'start' }];
  const gaps: Gap[] = [];
  const slowLookups: { at: number; ms: number; phase: string }[] = [];
  let phase = 'start';
  let last = origin;
  let [lastRun, lastWait] = readSchedstat();
  const startRun = lastRun;
  const startWait = lastWait;
  const timer = setInterval(() => {
    const now = performance.now();
    const [run, wait] = readSchedstat();
    if (now - last > BLOCK_MS) gaps.push({ at: Math.round(last - origin), gapMs: +(now - last).toFixed(1), onCpuMs: +(run - lastRun).toFixed(1), runQueueMs: +(wait - lastWait).toFixed(1), phase });
    last = now;
    lastRun = run;
    lastWait = wait;
  }, 1);
  return {
    phase(name) {
      phase = name;
      phases.push({ at: Math.round(performance.now() - origin), name });
    },
    slowLookup(ms) {
      if (ms > 1) slowLookups.push({ at: Math.round(performance.now() - origin), ms: +ms.toFixed(2), phase });
    },
    finish(label) {
      clearInterval(timer);
      const [run, wait] = readSchedstat();
      const sum = (pick: (g: Gap) => number) => +gaps.reduce((s, g) => s + pick(g), 0).toFixed(1);
      const summary = {
        label,
        originEpochMs,
        ms: Math.round(performance.now() - origin),
        threadOnCpuMs: Math.round(run - startRun),
        threadRunQueueMs: Math.round(wait - startWait),
        gaps: gaps.length,
        gapMs: sum((g) => g.gapMs),
        gapOnCpuMs: sum((g) => g.onCpuMs),
        gapRunQueueMs: sum((g) => g.runQueueMs),
        slowLookups: slowLookups.length,
      };
      fs.appendFileSync(file, JSON.stringify({ summary, phases: phases.length > 400 ? [...phases.slice(0, 200), ...phases.slice(-200)] : phases, gaps, slowLookups }) + '\n');
    },
  };
}
