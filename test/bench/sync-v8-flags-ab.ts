// V8 flags for the kiosk's process side by side: for each arm, a 1,000,000-dossier initial sync
// into a fresh database, then a full resync (expired cursors) with host lookups meanwhile, in a
// fresh kiosk process each, against one simulator; arms alternate, ROUNDS times. Prints time,
// the kiosk's CPU, peak RSS and the main thread's largest gap for both syncs.
//   npx tsx test/bench/sync-items-ab.ts build /tmp/ab/head
//   BENCH_HOST_V8_FLAGS=off ARMS='--no-memory-reducer|--no-memory-reducer --single-threaded-gc' ROUNDS=2 \
//     npx tsx test/bench/sync-v8-flags-ab.ts /tmp/ab/head
// Each arm's flags come after the kiosk's own (scripts/main-process-flags.mjs; BENCH_HOST_V8_FLAGS=off
// leaves those out; ARMS='|--x' compares the kiosk's own with them plus --x). Used for the choice of
// --single-threaded-gc and --max-semi-space-size=3 (docs/sync.md, Round 10).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSimProcess } from './district-sim-process.ts';
import { runSyncKioskProcess } from './sync-kiosk-run.ts';

interface Run {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  fullResync: boolean;
  mainThreadBlockedMs: { p99: number; max: number };
}

const bundle = process.argv[2];
if (!bundle) throw new Error('usage: sync-v8-flags-ab.ts <bundle dir from sync-items-ab.ts build>');
const dossiers = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const sim = await startSimProcess({ dossiers, token: 't', seed: 42 });
const db = path.join(os.tmpdir(), `sync-v8-flags-ab-${process.pid}.db`);
const removeDb = () => {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
};
const describe = (run: Run) => `${run.seconds.toFixed(2)} s, CPU ${run.cpuSeconds.toFixed(2)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB, main thread max ${run.mainThreadBlockedMs.max.toFixed(1)} ms`;
try {
  for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round += 1) {
    for (const flags of (process.env.ARMS ?? '').split('|')) {
      process.env.BENCH_KIOSK_NODE_ARGS = flags;
      removeDb();
      const args = (lookups: boolean) => [path.join(bundle, 'sync-kiosk-process.mjs'), sim.url, 't', db, 'worker', path.join(bundle, 'feed-worker.cjs'), ...(lookups ? ['lookups'] : [])];
      const initial = await runSyncKioskProcess<Run>(args(false), {});
      await sim.expireCursors();
      const resync = await runSyncKioskProcess<Run>(args(true), {});
      if (!resync.fullResync) throw new Error('the resync was not a full resync');
      console.log(`[load ${os.loadavg()[0]!.toFixed(2)}] [${flags || 'no extra flags'}] initial ${describe(initial)} | full resync ${describe(resync)}`);
    }
  }
} finally {
  removeDb();
  await sim.close();
}
