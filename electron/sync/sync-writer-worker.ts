import type { MessagePort } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../db/open-database.ts';
import { DossierStore } from '../dossiers/dossier-store.ts';
import { routeLogTo } from '../log/log.ts';
import { chooseDistrictServer } from './district-server/choose-district-server.ts';
import { serializeFeedError } from './feed-error-transfer.ts';
import { inProcessFeedSource, laterPagesFrom } from './feed-page-source.ts';
import type { FeedPageSource } from './feed-page-source.ts';
import type { SyncWriterData, SyncWriterMessage } from './feed-worker-protocol.ts';
import { syncFeedUnlessLookupOnly } from './lookup-only-feed.ts';
import { SyncStateStore } from './sync-state-store.ts';
import { workerFeedSource } from './worker-feed-source.ts';

/**
 * The sync writer's side of sync-writer.ts: the change feed to its end, written through this
 * thread's own connection to the kiosk's WAL database, with every guarantee of the in-thread
 * sync (dossier-feed-sync.ts: each page with its cursor in one transaction, the shadow-table
 * resync and swap, quarantine, the page limits). The main thread hears progress, log lines and
 * the outcome, never a page.
 */
export async function runSyncWriter(port: MessagePort, data: SyncWriterData): Promise<void> {
  const post = (message: SyncWriterMessage) => port.postMessage(message);
  routeLogTo((level, msg, fields) => {
    try {
      post({ type: 'log', level, msg, fields });
    } catch {
      // A field that cannot cross threads: the line is not worth failing the sync for.
    }
  });
  post({ type: 'ready' });
  let db: Database | null = null;
  let source: FeedPageSource | null = null;
  try {
    db = openDatabase(data.dbPath);
    const client = chooseDistrictServer(data.client.protocol, data.client);
    const here = inProcessFeedSource(client, data.format);
    const script = data.pageWorkerScript;
    // As in the main thread: the first page here, the rest parsed by a reader beside this writer.
    source = script
      ? laterPagesFrom(here, () => workerFeedSource({ script, data: { role: 'pages', client: data.client, format: data.format, threadNice: data.threadNice }, fallback: () => here }))
      : here;
    const outcome = await syncFeedUnlessLookupOnly({
      db,
      store: new DossierStore(db),
      state: new SyncStateStore(db),
      source,
      now: () => new Date(),
      pageSize: data.pageSize,
      acceptSmaller: data.acceptSmaller,
      onProgress: (progress) => post({ type: 'progress', ...progress }),
    });
    post({ type: 'done', report: outcome.report, lookupOnly: outcome.lookupOnly });
  } catch (error) {
    post({ type: 'failed', error: serializeFeedError(error) });
  } finally {
    await source?.close().catch(() => undefined);
    db?.close();
  }
}
