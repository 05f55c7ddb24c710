// npm run bench:machine-wakeups — how late this machine wakes a thread that has no work, with no
// kiosk at all: the floor under bench:sync's main-thread blocking. A bystander process
// (bystander-process.mjs) at nice 0 wakes every millisecond for SECONDS, four times: on an idle
// machine; beside one spinning process per core, each pinned to its core (taskset); beside
// CORES + 1 spinning processes at nice 19, the lowest priority, free to move between cores; and
// beside as many at nice 0. A fair scheduler wakes a nice-0 thread ahead of nice-19 spinners
// within a few milliseconds. Figures go to test/bench/results.jsonl.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { recordBenchResult, round } from './bench-results.ts';
import { startBystander } from './bystander.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CORES = os.availableParallelism();
const SPIN = 'for (;;) {}';

function spinner(nice: number, core?: number): ChildProcess {
  const child =
    core === undefined
      ? spawn(process.execPath, ['-e', SPIN], { stdio: 'ignore' })
      : spawn('taskset', ['-c', String(core), process.execPath, '-e', SPIN], { stdio: 'ignore' });
  child.once('spawn', () => os.setPriority(child.pid!, nice));
  return child;
}

async function measure(name: string, spinners: () => ChildProcess[]): Promise<{ p99: number; max: number }> {
  const bystander = await startBystander();
  const running = spinners();
  await sleep(500);
  bystander.start();
  await sleep(SECONDS * 1000);
  const figures = await bystander.stop();
  for (const child of running) child.kill('SIGKILL');
  await Promise.all(running.map((child) => (child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)));
  console.log(`[load ${round(os.loadavg()[0]!, 2)}] ${name}: a nice-0 bystander woke late by p99 ${round(figures.p99, 1)} ms, max ${round(figures.max, 1)} ms`);
  return { p99: round(figures.p99, 1), max: round(figures.max, 1) };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const idle = await measure('idle', () => []);
const pinned = await measure(`${CORES} spinners at nice 19, one pinned to each core`, () => range(CORES).map((core) => spinner(19, core)));
const floatingLowest = await measure(`${CORES + 1} spinners at nice 19, free to move`, () => range(CORES + 1).map(() => spinner(19)));
const floatingEqual = await measure(`${CORES + 1} spinners at nice 0, free to move`, () => range(CORES + 1).map(() => spinner(0)));
recordBenchResult('machine-wakeups', { seconds: SECONDS, cores: CORES, idle, pinnedNice19: pinned, floatingNice19: floatingLowest, floatingNice0: floatingEqual });
