// The items-only initial sync (a district server without the compact shape) through the sync
// writer thread, for kiosk bundles of two commits side by side against one simulator, in turns, so
// both see the same load:
//   git checkout <old> in a worktree; npx tsx test/bench/sync-items-ab.ts build /tmp/ab/old  (from that worktree)
//   npx tsx test/bench/sync-items-ab.ts build /tmp/ab/new
//   BENCH_DOSSIERS=200000 ROUNDS=2 npx tsx test/bench/sync-items-ab.ts run /tmp/ab/old /tmp/ab/new
// Prints, per run, the wall time, the kiosk's CPU (all its threads), the simulator's CPU and peak
// RSS, with the load average. BENCH_COMPACT=1 serves compact pages instead; BENCH_LATENCY_MS=<ms>
// delays every page's answer, as a district server across a slow network would.
// BENCH_KIOSK_NODE_ARGS="--cpu-prof --cpu-prof-dir=<dir>" profiles each thread.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleFeedWorker } from '../support/feed-worker-build.ts';
import { startSimProcess } from './district-sim-process.ts';
import { runSyncKioskProcess } from './sync-kiosk-run.ts';
import { bundleSyncKiosk } from './sync-kiosk-bundle.ts';

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'build') {
  const dir = rest[0]!;
  fs.mkdirSync(dir, { recursive: true });
  await bundleSyncKiosk(dir);
  await bundleFeedWorker(path.join(dir, 'feed-worker.cjs'), true);
  process.exit(0);
}
const dossiers = Number(process.env.BENCH_DOSSIERS ?? 200000);
const rounds = Number(process.env.ROUNDS ?? 2);
const sim = await startSimProcess({ dossiers, token: 't', seed: 42, compactFeed: process.env.BENCH_COMPACT === '1' });
const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 0);
if (latencyMs > 0) await sim.injectFault({ kind: 'latency', route: 'changes', ms: latencyMs, count: 1_000_000 });
try {
  for (let r = 0; r < rounds; r += 1) {
    for (const dir of rest) {
      const db = path.join(os.tmpdir(), `sync-items-ab-${process.pid}.db`);
      for (const f of [db, db + '-wal', db + '-shm']) fs.rmSync(f, { force: true });
      const simCpuBefore = sim.cpuSeconds();
      const run = await runSyncKioskProcess<{ applied: number; seconds: number; cpuSeconds: number; threadCpuSeconds?: number[]; peakRssMb: number; quarantined?: number; mainThreadBlockedMs: { p99: number; max: number } }>(
        [path.join(dir, 'sync-kiosk-process.mjs'), sim.url, 't', db, 'worker', path.join(dir, 'feed-worker.cjs')],
        { BENCH_THREAD_CPU: '1' },
      );
      console.log(`[load ${os.loadavg()[0]!.toFixed(2)}] ${path.basename(dir)}: ${run.applied} in ${run.seconds.toFixed(2)} s, kiosk CPU ${run.cpuSeconds.toFixed(2)} s (busiest threads ${(run.threadCpuSeconds ?? []).map((t) => t.toFixed(1)).join(' ')}), simulator CPU ${(sim.cpuSeconds() - simCpuBefore).toFixed(2)} s, main thread blocked p99 ${run.mainThreadBlockedMs.p99.toFixed(1)} max ${run.mainThreadBlockedMs.max.toFixed(1)} ms (a bystander process p99 ${run.bystanderBlockedMs.p99.toFixed(1)} max ${run.bystanderBlockedMs.max.toFixed(1)}), peak RSS ${run.peakRssMb.toFixed(0)} MB, quarantined ${run.quarantined ?? '?'}`);
    }
  }
} finally {
  for (const f of ['', '-wal', '-shm']) fs.rmSync(path.join(os.tmpdir(), `sync-items-ab-${process.pid}.db${f}`), { force: true });
  await sim.close();
}
