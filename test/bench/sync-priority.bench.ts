// npm run bench:sync-priority — what the sync threads' nice value (electron/sync/sync-thread-priority.ts)
// buys the kiosk's main thread and costs the sync, measured within the same syncs: every WINDOW_MS
// the bench sets the kiosk's two busiest threads other than the main one (the sync writer and its page
// reader) to nice 0 or to BENCH_NICE in turn, so both values see the same load from everything else
// on the machine (separate runs on a shared machine differ more by the load than by the nice value).
// Per value: the main thread's time waiting for a CPU (/proc schedstat), its event-loop gaps over
// 8 ms (main-thread-block-trace.ts), and the pages the sync committed per second. An initial sync,
// then a full resync with host lookups, as bench:sync; figures go to test/bench/results.jsonl.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAIN_PROCESS_V8_FLAGS } from '../../scripts/main-process-flags.mjs';
import { startDistrictSim } from '../district-sim/index.ts';
import { bundleFeedWorker } from '../support/feed-worker-build.ts';
import { recordBenchResult, round } from './bench-results.ts';
import { cpuSecondsOfStat } from './proc-cpu.ts';
import { bundleSyncKiosk } from './sync-kiosk-bundle.ts';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 500_000);
const NICE = Number(process.env.BENCH_NICE ?? 5);
const WINDOW_MS = 1000;
const TOKEN = 'bench-token';

interface Window {
  phase: 'initial' | 'resync';
  from: number;
  to: number;
  nice: number;
  mainRunQueueMs: number;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-bench-priority-'));
const kiosk = await bundleSyncKiosk(dir);
const feedWorker = await bundleFeedWorker(path.join(dir, 'feed-worker.cjs'), true);
const traceFile = path.join(dir, 'trace.jsonl');
const sim = await startDistrictSim({ dossiers: DOSSIERS, token: TOKEN, seed: 42 });

const readOrNull = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};
/** CPU ms of one thread so far (utime + stime). */
const threadCpuMs = (pid: number, tid: number) => {
  const stat = readOrNull(`/proc/${pid}/task/${tid}/stat`);
  return stat ? cpuSecondsOfStat(stat) * 1000 : 0;
};
/** ms the main thread has waited runnable for a CPU so far. */
const mainRunQueueMs = (pid: number) => Number((readOrNull(`/proc/${pid}/task/${pid}/schedstat`) ?? '0 0').split(' ')[1]) / 1e6;

function syncAlternatingNice(db: string, phase: Window['phase'], windows: Window[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...MAIN_PROCESS_V8_FLAGS, kiosk, sim.url, TOKEN, db, 'worker', feedWorker, ...(phase === 'resync' ? ['lookups'] : [])], {
      env: { ...process.env, KIOSK_LOG: 'silent', BENCH_APP_ROOT: path.join(import.meta.dirname, '..', '..'), BENCH_THREAD_NICE: '0', BENCH_BLOCK_TRACE: traceFile },
    });
    const pid = child.pid!;
    let nice = 0;
    let syncThreads: number[] = [];
    let from = Date.now();
    let runQueueAt = mainRunQueueMs(pid);
    let cpuAt = new Map<number, number>();
    const timer = setInterval(() => {
      const tids = fs.readdirSync(`/proc/${pid}/task`).map(Number).filter((tid) => tid !== pid);
      const cpu = new Map(tids.map((tid) => [tid, threadCpuMs(pid, tid)]));
      const now = Date.now();
      const runQueue = mainRunQueueMs(pid);
      if (syncThreads.length === 2) windows.push({ phase, from, to: now, nice, mainRunQueueMs: runQueue - runQueueAt });
      const busiest = tids
        .map((tid) => [tid, cpu.get(tid)! - (cpuAt.get(tid) ?? cpu.get(tid)!)] as const)
        .filter(([, used]) => used > 0)
        .sort((a, b) => b[1] - a[1]);
      if (busiest.length >= 2) syncThreads = [busiest[0]![0], busiest[1]![0]];
      nice = nice === 0 ? NICE : 0;
      for (const tid of syncThreads) {
        try {
          os.setPriority(tid, nice);
        } catch {
          // The thread ended (the page reader between syncs).
        }
      }
      from = Date.now();
      runQueueAt = mainRunQueueMs(pid);
      cpuAt = cpu;
    }, WINDOW_MS);
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.stdout.resume();
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code === 0) resolve();
      else reject(new Error(err));
    });
  });
}

interface Trace {
  summary: { originEpochMs: number };
  phases: { at: number; name: string }[];
  gaps: { at: number; gapMs: number }[];
}

try {
  const load = [os.loadavg()[0]!];
  const windows: Window[] = [];
  const db = path.join(dir, 'kiosk.db');
  await syncAlternatingNice(db, 'initial', windows);
  sim.expireCursors();
  await syncAlternatingNice(db, 'resync', windows);
  load.push(os.loadavg()[0]!);
  const traces = fs.readFileSync(traceFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Trace);
  const gaps = traces.flatMap((t) => t.gaps.map((g) => ({ at: t.summary.originEpochMs + g.at, ms: g.gapMs })));
  const pages = traces.flatMap((t) => t.phases.filter((p) => p.name.startsWith('page ')).map((p) => t.summary.originEpochMs + p.at));
  const figures: Record<string, unknown> = { dossiers: DOSSIERS, nice: NICE, windowMs: WINDOW_MS, loadAverage1m: load.map((l) => round(l, 2)) };
  for (const phase of ['initial', 'resync'] as const) {
    for (const value of [0, NICE]) {
      const mine = windows.filter((w) => w.phase === phase && w.nice === value);
      const seconds = mine.reduce((s, w) => s + (w.to - w.from), 0) / 1000;
      const inside = (at: number) => mine.some((w) => at >= w.from && at < w.to);
      const mineGaps = gaps.filter((g) => inside(g.at));
      const entry = {
        windows: mine.length,
        mainRunQueueMsPerS: round(mine.reduce((s, w) => s + w.mainRunQueueMs, 0) / seconds, 0),
        gapsOver8MsPerS: round(mineGaps.length / seconds, 1),
        timeInGapsPercent: round(mineGaps.reduce((s, g) => s + g.ms, 0) / seconds / 10, 1),
        worstGapMs: round(Math.max(0, ...mineGaps.map((g) => g.ms)), 1),
        pagesPerS: round(pages.filter(inside).length / seconds, 2),
      };
      figures[`${phase}Nice${value}`] = entry;
      console.log(`[load ${load.map((l) => round(l, 1)).join('-')}] ${phase}, sync threads at nice ${value}: ${JSON.stringify(entry)}`);
    }
  }
  recordBenchResult('sync-priority', figures);
} finally {
  await sim.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
