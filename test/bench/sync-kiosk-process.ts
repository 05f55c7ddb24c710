// The kiosk side of bench:sync, in its own process so its peak RSS is its own:
// `tsx test/bench/sync-kiosk-process.ts <server url> <token> <db file>`; prints one JSON line.
import { openDatabase } from '../../electron/db/open-database.ts';
import { DossierStore } from '../../electron/dossiers/dossier-store.ts';
import { DistrictClient } from '../../electron/sync/district-client.ts';
import { syncDossierFeed } from '../../electron/sync/dossier-feed-sync.ts';
import { SyncStateStore } from '../../electron/sync/sync-state-store.ts';

const [url, token, file] = process.argv.slice(2);
const db = openDatabase(file!);
const started = performance.now();
const report = await syncDossierFeed({
  db,
  store: new DossierStore(db),
  state: new SyncStateStore(db),
  client: new DistrictClient({ baseUrl: url!, token: token!, kioskId: 'bench', timeoutMs: 120_000 }),
  now: () => new Date(),
  pageSize: Number(process.env.BENCH_PAGE_SIZE ?? 5000),
});
const seconds = (performance.now() - started) / 1000;
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
const cpu = process.cpuUsage();
console.log(JSON.stringify({ ...report, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
