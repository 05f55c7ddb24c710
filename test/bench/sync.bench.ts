// npm run bench:sync — initial sync of 1,000,000 dossiers from the district simulator over
// loopback, an incremental sync of 10,000 changes, and cached lookup latency against the live
// HTTP lookup (the baseline) in the same run. Figures go to test/bench/results.jsonl.
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKioskHost } from '../../electron/host/kiosk-host.ts';
import { openDatabase } from '../../electron/db/open-database.ts';
import { DossierStore } from '../../electron/dossiers/dossier-store.ts';
import { toDossierView } from '../../electron/dossiers/dossier-view.ts';
import { KioskProtocolServer } from '../../electron/sync/district-server/kiosk-protocol/kiosk-protocol-server.ts';
import { startDistrictSim } from '../district-sim/index.ts';
import { bundleFeedWorker } from '../support/feed-worker-build.ts';
import { percentile, recordBenchResult, round } from './bench-results.ts';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 10_000);
const LOOKUPS = 20_000;
const TOKEN = 'bench-token';
const KIOSK_SOURCE = path.join(import.meta.dirname, 'sync-kiosk-process.ts');

interface KioskRun {
  applied: number;
  pages: number;
  seconds: number;
  cpuSeconds: number;
  /** Event-loop delay of the kiosk's main thread during the sync. */
  mainThreadBlockedMs: { p99: number; max: number };
  peakRssMb: number;
}

/** The kiosk side runs bundled, as in Electron, so its RSS has no TypeScript loader in it. */
async function bundleKiosk(dir: string): Promise<string> {
  const outfile = path.join(dir, 'sync-kiosk-process.mjs');
  await build({
    entryPoints: [KIOSK_SOURCE],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  fs.symlinkSync(path.join(import.meta.dirname, '..', '..', 'node_modules'), path.join(dir, 'node_modules'));
  return outfile;
}

/** One sync in a fresh kiosk process; with `workerScript` the feed is parsed in a worker thread. */
function runKioskSync(kiosk: string, url: string, db: string, workerScript?: string): Promise<KioskRun> {
  const nodeArgs = (process.env.BENCH_KIOSK_NODE_ARGS ?? '').split(' ').filter(Boolean);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, kiosk, url, TOKEN, db, ...(workerScript ? [workerScript] : [])], { env: { ...process.env, KIOSK_LOG: 'silent' } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(err))));
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-bench-sync-'));
const db = path.join(dir, 'kiosk.db');
const kiosk = await bundleKiosk(dir);
// The feed worker, bundled as for Electron (scripts/build-electron.mjs).
const feedWorker = await bundleFeedWorker(path.join(dir, 'feed-worker.cjs'), true);
const startedSim = performance.now();
const sim = await startDistrictSim({ dossiers: DOSSIERS, token: TOKEN, seed: 42 });
console.log(`simulator with ${DOSSIERS} dossiers ready in ${round((performance.now() - startedSim) / 1000, 2)} s`);

/** One initial sync into a scratch database, reported and then thrown away. */
async function baselineRun(name: string, url: string, workerScript?: string): Promise<KioskRun> {
  const scratch = path.join(dir, `${name}.db`);
  const run = await runKioskSync(kiosk, url, scratch, workerScript);
  console.log(`initial, ${name}: ${run.applied} dossiers in ${round(run.seconds, 2)} s, peak RSS ${round(run.peakRssMb, 1)} MB`);
  fs.rmSync(scratch, { force: true });
  return run;
}

try {
  // In-run baselines. Pages of DossierRecord items (a server without the compact shape; the
  // shape this kiosk read before it), parsed on the writing thread (CLI, `npm run serve`) and
  // in the worker; then compact pages on the writing thread.
  const itemsSim = await startDistrictSim({ dossiers: DOSSIERS, token: TOKEN, seed: 42, compactFeed: false });
  const itemsMainThread = await baselineRun('items parsed on the writing thread', itemsSim.url);
  const itemsWorker = await baselineRun('items parsed in a worker thread', itemsSim.url, feedWorker);
  await itemsSim.close();
  const mainThread = await baselineRun('compact rows parsed on the writing thread', sim.url);

  const simCpuBefore = process.cpuUsage();
  const initial = await runKioskSync(kiosk, sim.url, db, feedWorker);
  const simCpu = process.cpuUsage(simCpuBefore);
  console.log(`initial CPU: kiosk ${round(initial.cpuSeconds, 2)} s, simulator ${round((simCpu.user + simCpu.system) / 1e6, 2)} s`);
  const dbBytes = fs.statSync(db).size;
  console.log(`initial, compact rows parsed in a worker thread (Electron): ${initial.applied} dossiers in ${round(initial.seconds, 2)} s, peak RSS ${round(initial.peakRssMb, 1)} MB`);

  // `advance` may move one dossier twice; go on until CHANGES distinct dossiers have changed.
  const changed = new Set<string>();
  for (let moved = ['']; changed.size < CHANGES && moved.length > 0; ) {
    moved = sim.advance(CHANGES - changed.size);
    for (const code of moved) changed.add(code);
  }
  const incremental = await runKioskSync(kiosk, sim.url, db, feedWorker);
  console.log(`incremental: ${incremental.applied} changes in ${round(incremental.seconds, 3)} s`);

  // Lookups: 2,000 random cached codes, asked through the host (parse, cache, view, contract
  // checks: what a scan costs) and straight from the store; the live HTTP lookup is the baseline.
  const reader = openDatabase(db);
  const sample = reader.prepare('SELECT code FROM dossiers ORDER BY random() LIMIT 2000').pluck().all() as string[];
  const store = new DossierStore(reader);
  const cacheRead: number[] = [];
  for (let i = 0; i < LOOKUPS; i += 1) {
    const t = performance.now();
    toDossierView(store.findByCode(sample[i % sample.length]!)!, new Date());
    cacheRead.push(performance.now() - t);
  }
  reader.close();
  const host = await createKioskHost({ dbPath: db, backgroundSync: false });
  const cached: number[] = [];
  for (let i = 0; i < LOOKUPS; i += 1) {
    const code = sample[i % sample.length]!;
    const t = performance.now();
    const result = await host.call('lookupDossier', { raw: code, source: 'wedge' });
    cached.push(performance.now() - t);
    if (!result.ok || (result.result as { kind: string }).kind !== 'found') throw new Error(`lookup of ${code} failed`);
  }
  await host.close();
  const client = new KioskProtocolServer({ baseUrl: sim.url, token: TOKEN, kioskId: 'bench' });
  const live: number[] = [];
  for (let i = 0; i < 2000; i += 1) {
    const t = performance.now();
    await client.fetchDossier(sample[i % sample.length]!);
    live.push(performance.now() - t);
  }
  for (const list of [cacheRead, cached, live]) list.sort((a, b) => a - b);

  const figures = {
    dossiers: DOSSIERS,
    initialSeconds: round(initial.seconds, 2),
    recordsPerSecond: Math.round(initial.applied / initial.seconds),
    itemsMainThreadSeconds: round(itemsMainThread.seconds, 2),
    itemsWorkerSeconds: round(itemsWorker.seconds, 2),
    compactMainThreadSeconds: round(mainThread.seconds, 2),
    itemsMainThreadOverThisRatio: round(itemsMainThread.seconds / initial.seconds, 2),
    itemsMainThreadOverItemsWorkerRatio: round(itemsMainThread.seconds / itemsWorker.seconds, 2),
    compactMainThreadOverThisRatio: round(mainThread.seconds / initial.seconds, 2),
    itemsMainThreadPeakRssMb: round(itemsMainThread.peakRssMb, 1),
    itemsWorkerPeakRssMb: round(itemsWorker.peakRssMb, 1),
    compactMainThreadPeakRssMb: round(mainThread.peakRssMb, 1),
    mainThreadBlockedP99Ms: round(initial.mainThreadBlockedMs.p99, 1),
    mainThreadBlockedMaxMs: round(initial.mainThreadBlockedMs.max, 1),
    mainThreadBlockedP99MsWithoutWorker: round(mainThread.mainThreadBlockedMs.p99, 1),
    mainThreadBlockedMaxMsWithoutWorker: round(mainThread.mainThreadBlockedMs.max, 1),
    kioskCpuSeconds: round(initial.cpuSeconds, 2),
    simulatorCpuSeconds: round((simCpu.user + simCpu.system) / 1e6, 2),
    peakRssMb: round(Math.max(initial.peakRssMb, incremental.peakRssMb), 1),
    bytesPerDossier: round(dbBytes / initial.applied, 1),
    incrementalChanges: incremental.applied,
    incrementalSeconds: round(incremental.seconds, 3),
    cacheReadMedianMs: round(percentile(cacheRead, 50), 4),
    cacheReadP99Ms: round(percentile(cacheRead, 99), 4),
    cachedLookupMedianMs: round(percentile(cached, 50), 4),
    cachedLookupP99Ms: round(percentile(cached, 99), 4),
    liveLookupMedianMs: round(percentile(live, 50), 3),
    liveLookupP99Ms: round(percentile(live, 99), 3),
    liveOverCachedMedianRatio: round(percentile(live, 50) / percentile(cached, 50), 1),
    liveOverCachedP99Ratio: round(percentile(live, 99) / percentile(cached, 99), 1),
    pouchDbReferenceDocsPerSecond: 9000,
    recordsPerSecondOverPouchDbReference: round(initial.applied / initial.seconds / 9000, 1),
  };
  console.table(figures);
  recordBenchResult('sync', figures);
} finally {
  await sim.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
