// The kiosk side of bench:sync, in its own process so its peak RSS and its main thread are its own:
// `node sync-kiosk-process.mjs <server url> <token> <db file> <writer> <feed worker script> [lookups]`;
// prints one JSON line. Writers (the alternatives measured):
//   main   — the in-thread path (the fallback, and the Electron path before the sync writer): a
//            page reader thread parses, this thread writes each page;
//   worker — the sync writer thread reads, parses and writes on its own connection (Electron).
// With `lookups`, the kiosk host answers scans of cached codes before and during the sync.
// BENCH_READ_ALOUD=host|helper (with `lookups`): the host also reads a sentence aloud every
// READ_ALOUD_GAP_MS during the sync, espeak-ng started from this process (host) or from the speech
// helper process (helper, the bundle in BENCH_SPEECH_HELPER).
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase } from '../../electron/db/open-database.ts';
import { DossierStore } from '../../electron/dossiers/dossier-store.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';
import { createKioskHost } from '../../electron/host/kiosk-host.ts';
import { KioskProtocolServer } from '../../electron/sync/district-server/kiosk-protocol/kiosk-protocol-server.ts';
import { inProcessFeedSource, laterPagesFrom } from '../../electron/sync/feed-page-source.ts';
import { syncFeedUnlessLookupOnly } from '../../electron/sync/lookup-only-feed.ts';
import type { FeedOutcome } from '../../electron/sync/lookup-only-feed.ts';
import { SyncStateStore } from '../../electron/sync/sync-state-store.ts';
import { syncFeedInWorker } from '../../electron/sync/sync-writer.ts';
import { workerFeedSource } from '../../electron/sync/worker-feed-source.ts';
import { startBlockTrace } from './main-thread-block-trace.ts';
import { SYNC_ENDED_LINE, SYNC_STARTED_LINE } from './bystander.ts';
import { sampleThreadCpu } from './thread-cpu-sampler.ts';
import type { BlockTrace } from './main-thread-block-trace.ts';

const [url, token, file, writer, workerScript, lookups] = process.argv.slice(2) as [string, string, string, 'main' | 'worker', string, string?];
// Unset: the kiosk's own page size (dossier-feed-sync.ts).
const PAGE_SIZE = process.env.BENCH_PAGE_SIZE === undefined ? undefined : Number(process.env.BENCH_PAGE_SIZE);
// The sync threads' nice value (sync-thread-priority.ts); unset: the kiosk's own default.
const THREAD_NICE = process.env.BENCH_THREAD_NICE === undefined ? undefined : Number(process.env.BENCH_THREAD_NICE);
const READ_ALOUD = process.env.BENCH_READ_ALOUD as 'host' | 'helper' | undefined;
const READ_ALOUD_GAP_MS = 400;
const IDLE_LOOKUPS = 2000;
const LOOKUP_GAP_MS = 2;
// BENCH_BLOCK_TRACE=<file>: when and why the main thread was blocked (main-thread-block-trace.ts).
const TRACE_FILE = process.env.BENCH_BLOCK_TRACE;
let trace: BlockTrace | null = null;
let syncing = false;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const db = openDatabase(file);
const client = new KioskProtocolServer({ baseUrl: url, token, kioskId: 'bench', timeoutMs: 120_000 });

function syncHere(): Promise<FeedOutcome> {
  // As the in-thread path builds it: the first page in this thread, the rest from a page reader.
  const here = inProcessFeedSource(client);
  const source = laterPagesFrom(here, () => workerFeedSource({ script: workerScript, data: { client: client.connection, format: 'kiosk', threadNice: THREAD_NICE }, fallback: () => here }));
  return syncFeedUnlessLookupOnly({ db, store: new DossierStore(db), state: new SyncStateStore(db), source, now: () => new Date(), pageSize: PAGE_SIZE }).finally(() => source.close());
}

// How long a citizen's scan could wait for this thread: the event-loop delay, sampled every 1 ms.
const blocked = monitorEventLoopDelay({ resolution: 1 });
// Bundled into a temporary folder: the host is told where the app's assets are (BENCH_APP_ROOT).
const appRoot = process.env.BENCH_APP_ROOT ?? process.cwd();
// The simulator spreads its dossiers over years: at small sizes nearly all are returned long ago,
// and the host's retention purge (at its start) would remove the codes being looked up.
if (lookups) new SettingsStore(db).set('dossierRetentionDays', 3650);
const speechHelperScript = READ_ALOUD === 'helper' ? process.env.BENCH_SPEECH_HELPER : null;
if (READ_ALOUD === 'helper' && !speechHelperScript) throw new Error('BENCH_READ_ALOUD=helper needs BENCH_SPEECH_HELPER');
const host = lookups
  ? await createKioskHost({ dbPath: file, backgroundSync: false, lookupThrottle: false, version: '0.0.0-bench', assetsDir: path.join(appRoot, 'assets'), speechHelperScript })
  : null;
const sample = host ? (db.prepare('SELECT code FROM dossiers ORDER BY random() LIMIT 2000').pluck().all() as string[]) : [];
if (host && sample.length === 0) throw new Error('No cached dossier to look up: the database is empty.');

async function lookUp(code: string): Promise<number> {
  const t = performance.now();
  const result = await host!.call('lookupDossier', { raw: code, source: 'wedge' });
  const ms = performance.now() - t;
  if (syncing) trace?.slowLookup(ms);
  if (!result.ok || (result.result as { kind: string }).kind !== 'found') throw new Error(`lookup of ${code} failed: ${JSON.stringify(result).slice(0, 200)}`);
  return ms;
}

// Idle and during the sync at the same pace, one lookup then a pause: lookups back to back
// would keep the caches and the core warm and make the idle figure look better than it is.
const idle: number[] = [];
for (let i = 0; host && i < IDLE_LOOKUPS; i += 1) {
  idle.push(await lookUp(sample[i % sample.length]!));
  await sleep(LOOKUP_GAP_MS);
}

const during: number[] = [];
trace = TRACE_FILE ? startBlockTrace(TRACE_FILE) : null;
syncing = true;
const scanning = (async () => {
  for (let i = 0; host && syncing; i += 1) {
    during.push(await lookUp(sample[i % sample.length]!));
    await sleep(LOOKUP_GAP_MS);
  }
})();

// The machine's own noise floor: the same measure over an idle second, nothing syncing.
blocked.enable();
await sleep(1000);
blocked.disable();
const idleBlockedMs = { p99: blocked.percentile(99) / 1e6, max: blocked.max / 1e6 };
blocked.reset();

blocked.enable();
// The bench measures a bystander process over the same interval (bystander.ts).
process.stdout.write(`${SYNC_STARTED_LINE}\n`);

let sentences = 0;
const reading = (async () => {
  while (host && READ_ALOUD && syncing) {
    const answer = await host.call('speakText', { text: 'Hồ sơ của ông bà đang được giải quyết, còn trong hạn.', lang: 'vi' });
    if (!answer.ok) throw new Error(`speakText failed: ${JSON.stringify(answer)}`);
    sentences += 1;
    await sleep(READ_ALOUD_GAP_MS);
  }
})();
trace?.phase('sync started');
// Opt-in: its reads of /proc every 100 ms are main-thread work the blocking measure would count.
const threadCpu = process.env.BENCH_THREAD_CPU === '1' ? sampleThreadCpu() : null;
const started = performance.now();
const outcome =
  writer === 'worker'
    ? await syncFeedInWorker({
        script: workerScript,
        data: { client: client.connection, format: 'kiosk', dbPath: file, pageSize: PAGE_SIZE, threadNice: THREAD_NICE },
        onProgress: ({ pages }) => trace?.phase(`page ${pages} committed`),
      })
    : await syncHere();
trace?.phase('done');
const seconds = (performance.now() - started) / 1000;
blocked.disable();
process.stdout.write(`${SYNC_ENDED_LINE}\n`);
syncing = false;
await scanning;
await reading;
trace?.finish(`${writer}${lookups ? ' with lookups' : ''}${THREAD_NICE === undefined ? '' : ` nice ${THREAD_NICE}`}`);
await host?.close();
const mainThreadBlockedMs = { p99: blocked.percentile(99) / 1e6, max: blocked.max / 1e6, samples: blocked.count };
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
idle.sort((a, b) => a - b);
during.sort((a, b) => a - b);
const lookup = host ? { idleP50: percentile(idle, 50), idleP99: percentile(idle, 99), duringP50: percentile(during, 50), duringP99: percentile(during, 99), duringCount: during.length } : null;
const cpu = process.cpuUsage();
threadCpu?.stop();
console.log(
  JSON.stringify({ ...outcome.report, seconds, mainThreadBlockedMs, idleBlockedMs, lookup, sentences, cpuSeconds: (cpu.user + cpu.system) / 1e6, threadCpuSeconds: threadCpu?.busiest(4), peakRssMb: process.resourceUsage().maxRSS / 1024 }),
);
