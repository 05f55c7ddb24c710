import { batchOf } from '../dossiers/dossier-batch.ts';
import type { DossierBatch } from '../dossiers/dossier-batch.ts';
import { decodeCompactPage, decodeCompactRowBytes } from './compact-feed-page.ts';
import { decodeFeedItemBytes } from './feed-item-bytes.ts';
import type { DistrictServer } from './district-server/district-server.ts';
import { validateFeedItems } from './validate-feed-items.ts';
import type { FeedFormat, QuarantinedItem } from './validate-feed-items.ts';

/** One page of the dossier change feed, fetched, checked and ready to write. */
export interface PreparedFeedPage {
  batch: DossierBatch;
  quarantined: QuarantinedItem[];
  nextCursor: string;
  hasMore: boolean;
  /** How the server sent it: compact rows, or DossierRecord (or national) items. */
  shape: 'compact' | 'items';
}

/**
 * Where the feed sync gets its pages: in the calling thread, or from a worker thread that
 * fetches, decompresses, parses and checks them while the caller writes (worker-feed-source.ts).
 */
export interface FeedPageSource {
  fetchPage(cursor: string | null, limit: number): Promise<PreparedFeedPage>;
  close(): Promise<void>;
}

/** Asks for the compact shape whenever the feed is the kiosk's own (national servers send items). */
export async function prepareFeedPage(client: DistrictServer, format: FeedFormat, cursor: string | null, limit: number): Promise<PreparedFeedPage> {
  const page = await client.fetchChanges(cursor, limit, { compact: format === 'kiosk', itemBytes: true });
  const { nextCursor, hasMore } = page;
  if ('compactRows' in page) return { ...decodeCompactRowBytes(page.texts, page.compactRows), nextCursor, hasMore, shape: 'compact' };
  if ('itemBytes' in page) return { ...decodeFeedItemBytes(page, format), nextCursor, hasMore, shape: 'items' };
  if (page.rows && page.texts) return { ...decodeCompactPage(page.texts, page.rows), nextCursor, hasMore, shape: 'compact' };
  const { valid, quarantined } = validateFeedItems(page.items ?? [], format);
  return { batch: batchOf(valid), quarantined, nextCursor, hasMore, shape: 'items' };
}

export function inProcessFeedSource(client: DistrictServer, format: FeedFormat = client.feedFormat): FeedPageSource {
  return {
    fetchPage: (cursor, limit) => prepareFeedPage(client, format, cursor, limit),
    close: async () => undefined,
  };
}

/**
 * The first page from `here`, the rest from `later()`, made only when a second page is asked
 * for: most scheduled syncs find a page or less of changes, and then no worker is started.
 */
export function laterPagesFrom(here: FeedPageSource, later: () => FeedPageSource): FeedPageSource {
  let rest: FeedPageSource | null = null;
  let asked = 0;
  return {
    fetchPage(cursor, limit) {
      asked += 1;
      if (asked === 1) return here.fetchPage(cursor, limit);
      rest ??= later();
      return rest.fetchPage(cursor, limit);
    },
    async close() {
      await here.close();
      await rest?.close();
    },
  };
}
