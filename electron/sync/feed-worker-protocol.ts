import type { DistrictConnection } from './district-server/district-server.ts';
import type { PreparedFeedPage } from './feed-page-source.ts';
import type { SyncErrorKind } from './sync-error.ts';
import type { FeedFormat } from './validate-feed-items.ts';

/** What the feed worker is started with (a function cannot cross threads, so no `now`). */
export interface FeedWorkerData {
  /** The server to open, its protocol included (chooseDistrictServer). */
  client: DistrictConnection;
  format: FeedFormat;
}

export interface FeedWorkerRequest {
  id: number;
  cursor: string | null;
  limit: number;
}

export interface SerializedFeedError {
  /** Set when the failure was a SyncError. */
  kind: SyncErrorKind | null;
  message: string;
  retryAfterSec: number | null;
}

export type FeedWorkerReply =
  | { id: number; ok: true; page: PreparedFeedPage }
  | { id: number; ok: false; error: SerializedFeedError };
