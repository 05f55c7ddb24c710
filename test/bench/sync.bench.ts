// npm run bench:sync — initial sync of 1,000,000 dossiers from the district simulator over
// loopback, an incremental sync of 10,000 changes, a full resync (expired cursor) with the kiosk
// host answering scans meanwhile, and cached lookup latency against the live HTTP lookup (the
// baseline), in the same run. Two writers are compared (sync-kiosk-process.ts): the sync writer
// thread (Electron) and the in-thread writer (the fallback, and Electron's path before it); the sync
// writer runs twice, with its threads at the kiosk's default priority and at a lower one (nice 10).
// The simulator runs in a process of its own at nice 10 (district-sim-process.ts). Main-thread
// blocking is the kiosk process's event-loop delay (perf_hooks.monitorEventLoopDelay at 1 ms
// resolution) while the sync runs, beside the same measure of a bystander process that has no work
// (bystander-process.mjs): the part of the blocking the machine causes by itself. Figures go to
// test/bench/results.jsonl.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKioskHost } from '../../electron/host/kiosk-host.ts';
import { openDatabase } from '../../electron/db/open-database.ts';
import { DossierStore } from '../../electron/dossiers/dossier-store.ts';
import { toDossierView } from '../../electron/dossiers/dossier-view.ts';
import { KioskProtocolServer } from '../../electron/sync/district-server/kiosk-protocol/kiosk-protocol-server.ts';
import { LOWERED_SYNC_THREAD_NICE } from '../../electron/sync/sync-thread-priority.ts';
import { bundleFeedWorker } from '../support/feed-worker-build.ts';
import { percentile, recordBenchResult, round } from './bench-results.ts';
import { startSimProcess } from './district-sim-process.ts';
import { runSyncKioskProcess } from './sync-kiosk-run.ts';
import { bundleSyncKiosk } from './sync-kiosk-bundle.ts';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 10_000);
const LOOKUPS = 20_000;
const TOKEN = 'bench-token';

type Writer = 'main' | 'worker';

interface KioskRun {
  applied: number;
  pages: number;
  fullResync: boolean;
  seconds: number;
  cpuSeconds: number;
  /** Event-loop delay of the kiosk's main thread during the sync. */
  mainThreadBlockedMs: { p99: number; max: number; samples: number };
  /** The same over an idle second before the sync: the machine's noise floor. */
  idleBlockedMs: { p99: number; max: number };
  /** The same, over the sync, of a process with no work beside it (bystander-process.mjs): how late the machine alone makes a thread. */
  bystanderBlockedMs: { p99: number; max: number };
  /** Host lookups of cached codes before the sync (idle) and while it ran. */
  lookup: { idleP50: number; idleP99: number; duringP50: number; duringP99: number; duringCount: number } | null;
  peakRssMb: number;
}

/**
 * One sync in a fresh kiosk process by `writer`; with `lookups` the host answers scans meanwhile.
 * `threadNice` sets the sync threads' nice value (sync-thread-priority.ts); unset: the kiosk's default.
 */
function runKioskSync(kiosk: string, url: string, db: string, writer: Writer, workerScript: string, lookups = false, threadNice?: number): Promise<KioskRun> {
  return runSyncKioskProcess<KioskRun>(
    [kiosk, url, TOKEN, db, writer, workerScript, ...(lookups ? ['lookups'] : [])],
    threadNice === undefined ? {} : { BENCH_THREAD_NICE: String(threadNice) },
  );
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-bench-sync-'));
const db = path.join(dir, 'kiosk.db');
const kiosk = await bundleSyncKiosk(dir);
// The feed worker, bundled as for Electron (scripts/build-electron.mjs).
const feedWorker = await bundleFeedWorker(path.join(dir, 'feed-worker.cjs'), true);
const startedSim = performance.now();
// A district server is a machine of its own: the simulator runs in its own process at a lower
// priority than the kiosk's threads (district-sim-process.ts), so it takes the kiosk's cores only
// when the kiosk leaves them idle.
const sim = await startSimProcess({ dossiers: DOSSIERS, token: TOKEN, seed: 42 });
console.log(`simulator with ${DOSSIERS} dossiers ready in ${round((performance.now() - startedSim) / 1000, 2)} s (${sim.priority})`);

const loadAverage = () => round(os.loadavg()[0]!, 2);
const blocking = (run: KioskRun) => ({
  p99: round(run.mainThreadBlockedMs.p99, 1),
  max: round(run.mainThreadBlockedMs.max, 1),
  idleP99: round(run.idleBlockedMs.p99, 1),
  idleMax: round(run.idleBlockedMs.max, 1),
  bystanderP99: round(run.bystanderBlockedMs.p99, 1),
  bystanderMax: round(run.bystanderBlockedMs.max, 1),
  p99OverBystander: round(run.mainThreadBlockedMs.p99 / run.bystanderBlockedMs.p99, 2),
  maxOverBystander: round(run.mainThreadBlockedMs.max / run.bystanderBlockedMs.max, 2),
});
const describe = (name: string, run: KioskRun) => {
  const b = blocking(run);
  console.log(
    `[load ${loadAverage()}] ${name}: ${run.applied} dossiers in ${round(run.seconds, 2)} s, main thread blocked p99 ${b.p99} ms max ${b.max} ms ` +
      `(idle p99 ${b.idleP99} max ${b.idleMax}; a bystander process meanwhile p99 ${b.bystanderP99} max ${b.bystanderMax}; ` +
      `main thread over bystander p99 ×${b.p99OverBystander} max ×${b.maxOverBystander}), peak RSS ${round(run.peakRssMb, 1)} MB` +
      (run.lookup ? `, lookup p99 idle ${round(run.lookup.idleP99, 3)} ms, during ${round(run.lookup.duringP99, 3)} ms (${run.lookup.duringCount} lookups)` : ''),
  );
};

/** Initial sync, then a full resync (expired cursor) with scans meanwhile, by one writer into its own database. */
async function initialAndResync(writer: Writer, file: string, threadNice?: number): Promise<{ initial: KioskRun; resync: KioskRun }> {
  const name = `${writer} writer${threadNice === undefined ? '' : `, sync threads at nice ${threadNice}`}`;
  const initial = await runKioskSync(kiosk, sim.url, file, writer, feedWorker, false, threadNice);
  describe(`initial, ${name}`, initial);
  await sim.expireCursors();
  const resync = await runKioskSync(kiosk, sim.url, file, writer, feedWorker, true, threadNice);
  if (!resync.fullResync) throw new Error('the resync was not a full resync');
  describe(`full resync, ${name}`, resync);
  return { initial, resync };
}

const lookups = (run: KioskRun) => {
  const l = run.lookup!;
  return { idleP50: round(l.idleP50, 4), idleP99: round(l.idleP99, 4), duringP50: round(l.duringP50, 4), duringP99: round(l.duringP99, 4), duringOverIdleP99: round(l.duringP99 / l.idleP99, 2), during: l.duringCount };
};

try {
  console.log(`load average at start: ${os.loadavg().map((l) => round(l, 2)).join(' ')}`);
  // A server that sends only DossierRecord items (no compact shape), written by the sync writer.
  const itemsSim = await startSimProcess({ dossiers: DOSSIERS, token: TOKEN, seed: 42, compactFeed: false });
  const itemsFile = path.join(dir, 'items.db');
  const items = await runKioskSync(kiosk, itemsSim.url, itemsFile, 'worker', feedWorker);
  describe('initial from an items-only server, worker writer', items);
  await itemsSim.close();
  fs.rmSync(itemsFile, { force: true });

  // The alternative: the in-thread writer, in its own database.
  const mainFile = path.join(dir, 'main-writer.db');
  const mainWriter = await initialAndResync('main', mainFile);
  fs.rmSync(mainFile, { force: true });

  // The sync writer with its threads at a lower priority than the main thread: what it buys.
  const loweredFile = path.join(dir, 'lowered-priority.db');
  const loweredPriority = await initialAndResync('worker', loweredFile, LOWERED_SYNC_THREAD_NICE);
  fs.rmSync(loweredFile, { force: true });

  const simCpuBefore = sim.cpuSeconds();
  const initial = await runKioskSync(kiosk, sim.url, db, 'worker', feedWorker);
  const simSeconds = sim.cpuSeconds() - simCpuBefore;
  describe('initial, worker writer', initial);
  const simShare = simSeconds / (simSeconds + initial.cpuSeconds);
  console.log(`initial CPU: kiosk ${round(initial.cpuSeconds, 2)} s, simulator ${round(simSeconds, 2)} s (${Math.round(simShare * 100)} % of the CPU both used)`);
  // A real district server is another machine: here, even at a lower priority, the simulator's CPU comes off the kiosk's two cores.
  if (simShare > 0.15) console.log(`note: the simulator runs on the kiosk's cores here (${sim.priority}) and used ${Math.round(simShare * 100)} % of the CPU of the initial sync; against a district server elsewhere the kiosk has those cores to itself`);
  const dbBytes = fs.statSync(db).size;

  // `advance` may move one dossier twice; go on until CHANGES distinct dossiers have changed, but
  // stop once the district has fewer unfinished dossiers than asked: advancing them again and
  // again would finish every one, and the resync's scans need dossiers the purge keeps.
  const changed = new Set<string>();
  for (let want = CHANGES; changed.size < CHANGES; want = CHANGES - changed.size) {
    const moved = await sim.advance(want);
    for (const code of moved) changed.add(code);
    if (moved.length < want) break;
  }
  const incremental = await runKioskSync(kiosk, sim.url, db, 'worker', feedWorker);
  console.log(`incremental: ${incremental.applied} changes in ${round(incremental.seconds, 3)} s`);
  await sim.expireCursors();
  const resync = await runKioskSync(kiosk, sim.url, db, 'worker', feedWorker, true);
  if (!resync.fullResync) throw new Error('the resync was not a full resync');
  describe('full resync, worker writer', resync);
  // Lookups: 2,000 random cached codes, asked through the host (parse, cache, view, contract
  // checks: what a scan costs) and straight from the store; the live HTTP lookup is the baseline.
  const reader = openDatabase(db);
  // The resync's kiosk set a retention the simulator's old dossiers all fall within (sync-kiosk-process.ts).
  const sample = reader.prepare('SELECT code FROM dossiers ORDER BY random() LIMIT 2000').pluck().all() as string[];
  const store = new DossierStore(reader);
  const cacheRead: number[] = [];
  for (let i = 0; i < LOOKUPS; i += 1) {
    const t = performance.now();
    toDossierView(store.findByCode(sample[i % sample.length]!)!, new Date());
    cacheRead.push(performance.now() - t);
  }
  reader.close();
  // The throttle against paging through codes would make most of these lookups wait.
  const host = await createKioskHost({ dbPath: db, backgroundSync: false, lookupThrottle: false });
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
    loadAverage1m: round(os.loadavg()[0]!, 2),
    writer: 'worker',
    initialSeconds: round(initial.seconds, 2),
    recordsPerSecond: Math.round(initial.applied / initial.seconds),
    initialBlockedMs: blocking(initial),
    resyncSeconds: round(resync.seconds, 2),
    resyncBlockedMs: blocking(resync),
    resyncLookupMs: lookups(resync),
    resyncPeakRssMb: round(resync.peakRssMb, 1),
    itemsOnlySeconds: round(items.seconds, 2),
    itemsOnlyRecordsPerSecond: Math.round(items.applied / items.seconds),
    itemsOnlyBlockedMs: blocking(items),
    itemsOnlyPeakRssMb: round(items.peakRssMb, 1),
    loweredPriorityNice: LOWERED_SYNC_THREAD_NICE,
    loweredPriorityInitialSeconds: round(loweredPriority.initial.seconds, 2),
    loweredPriorityInitialBlockedMs: blocking(loweredPriority.initial),
    loweredPriorityResyncSeconds: round(loweredPriority.resync.seconds, 2),
    loweredPriorityResyncBlockedMs: blocking(loweredPriority.resync),
    loweredPriorityResyncLookupMs: lookups(loweredPriority.resync),
    mainWriterInitialSeconds: round(mainWriter.initial.seconds, 2),
    mainWriterInitialBlockedMs: blocking(mainWriter.initial),
    mainWriterInitialPeakRssMb: round(mainWriter.initial.peakRssMb, 1),
    mainWriterResyncSeconds: round(mainWriter.resync.seconds, 2),
    mainWriterResyncBlockedMs: blocking(mainWriter.resync),
    mainWriterResyncLookupMs: lookups(mainWriter.resync),
    kioskCpuSeconds: round(initial.cpuSeconds, 2),
    simulatorCpuSeconds: round(simSeconds, 2),
    simulatorCpuShare: round(simShare, 2),
    simulatorPriority: sim.priority,
    peakRssMb: round(Math.max(initial.peakRssMb, incremental.peakRssMb), 1),
    initialPeakRssMb: round(initial.peakRssMb, 1),
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
  console.log(JSON.stringify(figures, null, 2));
  recordBenchResult('sync', figures);
} finally {
  await sim.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
