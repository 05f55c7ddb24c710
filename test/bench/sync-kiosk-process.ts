// The kiosk side of bench:sync, in its own process so its peak RSS is its own:
// `node sync-kiosk-process.mjs <server url> <token> <db file> [feed worker script]`; prints one
// JSON line. With a worker script the feed is parsed beside the writer, as in Electron.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openDatabase } from '../../electron/db/open-database.ts';
import { DossierStore } from '../../electron/dossiers/dossier-store.ts';
import { KioskProtocolServer } from '../../electron/sync/district-server/kiosk-protocol/kiosk-protocol-server.ts';
import { syncDossierFeed } from '../../electron/sync/dossier-feed-sync.ts';
import { inProcessFeedSource, laterPagesFrom } from '../../electron/sync/feed-page-source.ts';
import { SyncStateStore } from '../../electron/sync/sync-state-store.ts';
import { workerFeedSource } from '../../electron/sync/worker-feed-source.ts';

const [url, token, file, workerScript] = process.argv.slice(2);
const db = openDatabase(file!);
const client = new KioskProtocolServer({ baseUrl: url!, token: token!, kioskId: 'bench', timeoutMs: 120_000 });
// As SyncService builds it: the first page in this thread, the rest from the worker.
const here = inProcessFeedSource(client);
const source = workerScript
  ? laterPagesFrom(here, () =>
      workerFeedSource({
        script: workerScript,
        data: { client: client.connection, format: 'kiosk' },
        fallback: () => {
          throw new Error('the feed worker stopped during the benchmark');
        },
      }),
    )
  : here;
// How long a citizen's scan could wait for the main thread while the sync runs.
const blocked = monitorEventLoopDelay({ resolution: 5 });
blocked.enable();
const started = performance.now();
const report = await syncDossierFeed({
  db,
  store: new DossierStore(db),
  state: new SyncStateStore(db),
  source,
  now: () => new Date(),
  pageSize: Number(process.env.BENCH_PAGE_SIZE ?? 5000),
});
const seconds = (performance.now() - started) / 1000;
blocked.disable();
const mainThreadBlockedMs = { p99: blocked.percentile(99) / 1e6, max: blocked.max / 1e6 };
await source.close();
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
const cpu = process.cpuUsage();
console.log(JSON.stringify({ ...report, seconds, mainThreadBlockedMs, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
