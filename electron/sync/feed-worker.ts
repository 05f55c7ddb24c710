// The feed worker's entry (bundled on its own as dist-electron/feed-worker.cjs): fetches,
// decompresses, parses and checks change-feed pages while the main thread writes the last one.
import { parentPort, workerData } from 'node:worker_threads';
import { batchTransferList } from '../dossiers/dossier-batch.ts';
import { chooseDistrictServer } from './district-server/choose-district-server.ts';
import { prepareFeedPage } from './feed-page-source.ts';
import type { PreparedFeedPage } from './feed-page-source.ts';
import type { FeedWorkerData, FeedWorkerReply, FeedWorkerRequest, SerializedFeedError } from './feed-worker-protocol.ts';
import { SyncError } from './sync-error.ts';

const port = parentPort;
if (!port) throw new Error('feed-worker runs only as a worker thread.');
const data = workerData as FeedWorkerData;
const client = chooseDistrictServer(data.client.protocol, data.client);

/** The page after the last one handed over, already on its way: the feed is read in order. */
let readAhead: { cursor: string; limit: number; page: Promise<PreparedFeedPage> } | null = null;

function fetchPage(cursor: string | null, limit: number): Promise<PreparedFeedPage> {
  const ahead = readAhead;
  readAhead = null;
  // A page may hold fewer records than asked for, so a read-ahead with a smaller limit serves.
  if (ahead && ahead.cursor === cursor && ahead.limit <= limit) return ahead.page;
  return prepareFeedPage(client, data.format, cursor, limit);
}

function serialize(error: unknown): SerializedFeedError {
  if (error instanceof SyncError) return { kind: error.kind, message: error.message, retryAfterSec: error.retryAfterSec };
  return { kind: null, message: error instanceof Error ? error.message : String(error), retryAfterSec: null };
}

port.on('message', async (request: FeedWorkerRequest) => {
  let reply: FeedWorkerReply;
  try {
    const page = await fetchPage(request.cursor, request.limit);
    if (page.hasMore) {
      const next = prepareFeedPage(client, data.format, page.nextCursor, request.limit);
      next.catch(() => undefined);
      readAhead = { cursor: page.nextCursor, limit: request.limit, page: next };
    }
    reply = { id: request.id, ok: true, page };
    port.postMessage(reply, batchTransferList(page.batch));
  } catch (error) {
    reply = { id: request.id, ok: false, error: serialize(error) };
    port.postMessage(reply);
  }
});
