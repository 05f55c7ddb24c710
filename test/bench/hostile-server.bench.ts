// What a misbehaving district server costs the kiosk now that its values are bounded:
//   npx tsx test/bench/hostile-server.bench.ts [dossiers]   (default 200,000, for the text prune)
// - a 2 MB first page of a million junk items, read on the host's thread: the longest the event
//   loop was blocked, how much the peak RSS grew, the quarantine rows written;
// - a feed whose pages say hasMore with nothing new: requests until the run stops;
// - the prune of unreferenced texts after a full resync of `dossiers` dossiers.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/db/open-database.ts';
import { DossierStore } from '../../electron/dossiers/dossier-store.ts';
import { KioskProtocolServer } from '../../electron/sync/district-server/kiosk-protocol/kiosk-protocol-server.ts';
import { syncDossierFeed } from '../../electron/sync/dossier-feed-sync.ts';
import { inProcessFeedSource } from '../../electron/sync/feed-page-source.ts';
import { SyncStateStore } from '../../electron/sync/sync-state-store.ts';
import { startDistrictSim } from '../district-sim/index.ts';
import { recordBenchResult, round } from './bench-results.ts';

const dossiers = Number(process.argv[2] ?? 200_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-hostile-bench-'));
let fileNumber = 0;
const cache = () => {
  const db = openDatabase(path.join(dir, `kiosk-${++fileNumber}.db`));
  return { db, store: new DossierStore(db), state: new SyncStateStore(db) };
};

async function serve(answer: (n: number) => string): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let n = 0;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'X-Kiosk-Protocol': '1' });
    res.end(answer(++n));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests: () => n, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function feedRun(url: string, kiosk: ReturnType<typeof cache>): Promise<string> {
  const client = new KioskProtocolServer({ baseUrl: url, token: 'bench-token', kioskId: 'bench' });
  try {
    await syncDossierFeed({ ...kiosk, source: inProcessFeedSource(client), now: () => new Date(), pageSize: 5000 });
    return 'finished';
  } catch (error) {
    return (error as Error).message;
  }
}

const junk = `{"items":[${'0,'.repeat(999_999)}0],"nextCursor":"c1","hasMore":false}`;
const junkServer = await serve(() => junk);
const junkCache = cache();
const peakRssBefore = process.resourceUsage().maxRSS;
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const junkOutcome = await feedRun(junkServer.url, junkCache);
loop.disable();
const junkPage = {
  outcome: junkOutcome,
  longestBlockMs: round(loop.max / 1e6, 1),
  peakRssGrowthMb: round((process.resourceUsage().maxRSS - peakRssBefore) / 1024, 1),
  quarantineRows: junkCache.db.prepare('SELECT count(*) FROM quarantine').pluck().get(),
};
await junkServer.close();

const endless = await serve((n) => JSON.stringify({ items: [], nextCursor: `c${n}`, hasMore: true }));
const endlessStarted = performance.now();
const endlessOutcome = await feedRun(endless.url, cache());
const endlessFeed = { outcome: endlessOutcome, requests: endless.requests(), ms: round(performance.now() - endlessStarted, 0) };
await endless.close();

const sim = await startDistrictSim({ dossiers, token: 'bench-token', seed: 17 });
const big = cache();
const simClient = new KioskProtocolServer({ baseUrl: sim.url, token: 'bench-token', kioskId: 'bench', timeoutMs: 120_000 });
await syncDossierFeed({ ...big, source: inProcessFeedSource(simClient), now: () => new Date(), pageSize: 5000 });
sim.expireCursors();
const resyncStarted = performance.now();
await syncDossierFeed({ ...big, source: inProcessFeedSource(simClient), now: () => new Date(), pageSize: 5000 });
const resyncMs = performance.now() - resyncStarted;
const pruneStarted = performance.now();
big.store.texts.pruneUnreferenced();
const textPrune = { dossiers, resyncMs: round(resyncMs, 0), pruneMs: round(performance.now() - pruneStarted, 0), texts: big.db.prepare('SELECT count(*) FROM texts').pluck().get() };
await sim.close();

const figures = { junkPage, endlessFeed, textPrune };
console.log(JSON.stringify(figures, null, 2));
recordBenchResult('hostile-server', figures);
fs.rmSync(dir, { recursive: true, force: true });
