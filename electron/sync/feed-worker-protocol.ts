import type { DistrictConnection } from './district-server/district-server.ts';
import type { FeedSyncReport } from './dossier-feed-sync.ts';
import type { PreparedFeedPage } from './feed-page-source.ts';
import type { SyncErrorKind } from './sync-error.ts';
import type { FeedFormat } from './validate-feed-items.ts';

/** What the feed worker is started with (a function cannot cross threads, so no `now`). */
export interface FeedWorkerData {
  role?: 'pages';
  /** The server to open, its protocol included (chooseDistrictServer). */
  client: DistrictConnection;
  format: FeedFormat;
  /** The thread's nice value on Linux (sync-thread-priority.ts); absent: SYNC_THREAD_NICE; 0 or less: left as it is. */
  threadNice?: number;
}

/** The same bundle started as the sync writer (sync-writer-worker.ts): it reads and writes the whole feed. */
export interface SyncWriterData {
  role: 'sync-writer';
  client: DistrictConnection;
  format: FeedFormat;
  /** The kiosk's database file: the writer opens its own connection to it. */
  dbPath: string;
  pageSize?: number;
  acceptSmaller?: boolean;
  /** The writer's and its page reader's nice value on Linux (sync-thread-priority.ts); absent: SYNC_THREAD_NICE; 0 or less: left as it is. */
  threadNice?: number;
  /** This same bundle, started again as the page reader beside the writer; null: pages are read in the writer's thread. */
  pageWorkerScript: string | null;
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
  /** SQLite's error code (SQLITE_FULL …), so the main thread names a storage failure as it would its own. */
  code?: string | null;
}

export type FeedWorkerReply =
  | { id: number; ok: true; page: PreparedFeedPage }
  | { id: number; ok: false; error: SerializedFeedError };

/** What the sync writer tells the main thread; it never sends a page. */
export type SyncWriterMessage =
  | { type: 'ready' }
  | { type: 'progress'; pages: number; records: number; fullResync: boolean }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; msg: string; fields: Record<string, unknown> }
  | { type: 'done'; report: FeedSyncReport; lookupOnly: boolean }
  | { type: 'failed'; error: SerializedFeedError };
