import type { MessagePort } from 'node:worker_threads';
import { batchTransferList } from '../dossiers/dossier-batch.ts';
import { chooseDistrictServer } from './district-server/choose-district-server.ts';
import { serializeFeedError } from './feed-error-transfer.ts';
import { prepareFeedPage } from './feed-page-source.ts';
import type { PreparedFeedPage } from './feed-page-source.ts';
import type { FeedWorkerData, FeedWorkerReply, FeedWorkerRequest } from './feed-worker-protocol.ts';

/**
 * The page reader's side of worker-feed-source.ts: fetches, decompresses, parses and checks
 * change-feed pages on request, one page ahead of the thread that writes them.
 */
export function servePages(port: MessagePort, data: FeedWorkerData): void {
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
      reply = { id: request.id, ok: false, error: serializeFeedError(error) };
      port.postMessage(reply);
    }
  });
}
