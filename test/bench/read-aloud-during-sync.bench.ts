// npm run bench:read-aloud-sync — the kiosk's main thread during a full resync while the host reads
// a sentence aloud every 400 ms (sync-kiosk-process.ts, BENCH_READ_ALOUD), three ways in turn:
//   none   — no read-aloud (the named baseline);
//   host   — espeak-ng started from the kiosk's own process (EspeakSpeaker, the fallback);
//   helper — espeak-ng started from the speech helper process (SpeechHelperSpeaker, the product).
// Starting a program from the kiosk process while its sync threads write copies its page tables and
// makes its threads fault their pages back (docs/sync.md, Round 8). Each arm runs ROUNDS times,
// interleaved, each a full resync of BENCH_DOSSIERS (default 300,000) with host lookups meanwhile
// and a bystander process beside it. Figures go to test/bench/results.jsonl.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleFeedWorker } from '../support/feed-worker-build.ts';
import { bundleSpeechHelper } from '../support/speech-helper-build.ts';
import { percentile, recordBenchResult, round } from './bench-results.ts';
import { startSimProcess } from './district-sim-process.ts';
import { runSyncKioskProcess } from './sync-kiosk-run.ts';
import { bundleSyncKiosk } from './sync-kiosk-bundle.ts';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 300_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const TOKEN = 'bench-token';
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
const ARMS = ['none', 'host', 'helper'] as const;
type Arm = (typeof ARMS)[number];

interface ResyncRun {
  fullResync: boolean;
  seconds: number;
  sentences: number;
  mainThreadBlockedMs: { p99: number; max: number };
  bystanderBlockedMs: { p99: number; max: number };
  lookup: { duringP99: number; duringCount: number };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-bench-read-aloud-'));
const db = path.join(dir, 'kiosk.db');
const kiosk = await bundleSyncKiosk(dir);
const feedWorker = await bundleFeedWorker(path.join(dir, 'feed-worker.cjs'), true);
const speechHelper = await bundleSpeechHelper(path.join(dir, 'speech-helper.cjs'), true);
const sim = await startSimProcess({ dossiers: DOSSIERS, token: TOKEN, seed: 42 });

const resync = async (arm: Arm): Promise<ResyncRun> => {
  await sim.expireCursors();
  const run = await runSyncKioskProcess<ResyncRun>([kiosk, sim.url, TOKEN, db, 'worker', feedWorker, 'lookups'], arm === 'none' ? {} : { BENCH_READ_ALOUD: arm, BENCH_SPEECH_HELPER: speechHelper });
  if (!run.fullResync) throw new Error('the resync was not a full resync');
  if (arm !== 'none' && run.sentences < 2) throw new Error(`only ${run.sentences} sentences were read aloud`);
  console.log(
    `[load ${round(os.loadavg()[0]!, 2)}] ${arm}: resync ${round(run.seconds, 2)} s, ${run.sentences} sentences, main thread blocked p99 ${round(run.mainThreadBlockedMs.p99, 1)} max ${round(run.mainThreadBlockedMs.max, 1)} ms ` +
      `(bystander p99 ${round(run.bystanderBlockedMs.p99, 1)} max ${round(run.bystanderBlockedMs.max, 1)}), lookup p99 during ${round(run.lookup.duringP99, 3)} ms`,
  );
  return run;
};

try {
  const initial = await runSyncKioskProcess<{ applied: number; seconds: number }>([kiosk, sim.url, TOKEN, db, 'worker', feedWorker]);
  console.log(`initial sync: ${initial.applied} dossiers in ${round(initial.seconds, 2)} s`);
  const runs: Record<Arm, ResyncRun[]> = { none: [], host: [], helper: [] };
  for (let round_ = 0; round_ < ROUNDS; round_ += 1) {
    // Each round in another order, so that no arm always follows the same one.
    const order = ARMS.map((_, i) => ARMS[(i + round_) % ARMS.length]!);
    for (const arm of order) runs[arm].push(await resync(arm));
  }
  const summary = (arm: Arm) => {
    const list = runs[arm];
    return {
      maxMs: list.map((r) => round(r.mainThreadBlockedMs.max, 1)),
      medianMaxMs: round(median(list.map((r) => r.mainThreadBlockedMs.max)), 1),
      medianP99Ms: round(median(list.map((r) => r.mainThreadBlockedMs.p99)), 1),
      bystanderMaxMs: list.map((r) => round(r.bystanderBlockedMs.max, 1)),
      medianLookupP99Ms: round(median(list.map((r) => r.lookup.duringP99)), 3),
      medianSeconds: round(median(list.map((r) => r.seconds)), 2),
      sentences: list.map((r) => r.sentences),
    };
  };
  const none = summary('none');
  const host = summary('host');
  const helper = summary('helper');
  const figures = {
    dossiers: DOSSIERS,
    rounds: ROUNDS,
    none,
    host,
    helper,
    hostOverNoneMedianMax: round(host.medianMaxMs / none.medianMaxMs, 2),
    helperOverNoneMedianMax: round(helper.medianMaxMs / none.medianMaxMs, 2),
  };
  console.log(JSON.stringify(figures, null, 2));
  recordBenchResult('read-aloud-during-sync', figures);
} finally {
  await sim.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
