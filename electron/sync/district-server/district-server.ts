import { z } from 'zod';
import type { CompactRowBytes } from '../compact-feed-page.ts';
import type { DistrictAgents } from '../district-agents.ts';
import type { FeedFormat } from '../validate-feed-items.ts';

/** The protocols a district server may speak (the `districtProtocol` setting). */
export type DistrictProtocol = 'kiosk' | 'national';

/** Where a district server is and how the kiosk proves itself to it. */
export interface DistrictServerOptions {
  baseUrl: string;
  token: string;
  kioskId: string;
  /** PEM of a CA to trust instead of the system's (a pinned district CA). */
  ca?: string;
  /** Per-request deadline, body included (a slow drip cannot hold a sync forever). */
  timeoutMs?: number;
  now?: () => Date;
  /** Cancels every request of this server (the host stopping); they fail as `cancelled`. */
  signal?: AbortSignal;
  /** The host's shared keep-alive connections; without it the server has its own. */
  agents?: DistrictAgents;
}

/** What another thread needs to open the same server (a function cannot cross threads). */
export type DistrictConnection = Omit<DistrictServerOptions, 'now' | 'signal' | 'agents'> & { protocol: DistrictProtocol };

/** The part of a server's options that another thread (the feed worker) needs to build the same server again. */
export function connectionOf(options: DistrictServerOptions, protocol: DistrictProtocol): DistrictConnection {
  const { now: _now, signal: _signal, agents: _agents, ...connection } = options;
  return { ...connection, protocol };
}

/** A page of the change feed: `items` (records in the server's format), or `texts` and `rows` (the compact shape). */
export const ChangesEnvelope = z.object({
  items: z.array(z.unknown()).optional(),
  texts: z.array(z.unknown()).optional(),
  rows: z.array(z.unknown()).optional(),
  nextCursor: z.string().min(1).max(2048),
  hasMore: z.boolean(),
  serverTime: z.string().optional(),
});
export type ChangesEnvelope = z.infer<typeof ChangesEnvelope>;
/** A compact page whose rows are still the answer's bytes (compact-page-bytes.ts), read one row at a time. */
export type CompactChangesPage = Omit<ChangesEnvelope, 'rows' | 'items'> & { items?: undefined; rows?: undefined; texts: unknown[]; compactRows: CompactRowBytes };
/** An items page whose records are still the answer's bytes (items-page-bytes.ts), parsed and checked one at a time. */
export type ItemsChangesPage = Omit<ChangesEnvelope, 'rows' | 'items' | 'texts'> & { items?: undefined; rows?: undefined; texts?: undefined; itemBytes: CompactRowBytes;
  /** The page read as text, as it would be without `itemBytes` (for a record that is not valid JSON: it names the error). */
  asText: () => ChangesEnvelope;
};
export type ChangesPage = ChangesEnvelope | CompactChangesPage | ItemsChangesPage;
export interface FetchChangesOptions {
  /** Ask for the compact shape (the kiosk protocol); its rows come back as the answer's bytes. */
  compact?: boolean;
  /** Leave an items page's records as the answer's bytes (`itemBytes`), where the protocol can. */
  itemBytes?: boolean;
}

export type ProceduresReply = { notModified: true } | { notModified: false; etag: string | null; items: unknown[] };
export interface RatingsReply {
  accepted: string[];
  duplicates: string[];
}
export interface HeartbeatReply {
  serverTime: Date | null;
  config: Record<string, unknown> | null;
}

/**
 * A district server, whatever protocol it speaks: the kiosk's own (`kiosk-protocol/`) or the
 * national portal's (`national-protocol/`). Built only by `chooseDistrictServer`. Every method
 * fails with a SyncError that says what went wrong.
 */
export interface DistrictServer {
  readonly protocol: DistrictProtocol;
  /** The format of the records it sends (for validateFeedItems). */
  readonly feedFormat: FeedFormat;
  /** What the feed worker needs to open the same server in its thread (feed-worker.ts). */
  readonly connection: DistrictConnection;
  /**
   * One page of the change feed. A server that offers no change feed (it only looks dossiers up
   * by code) fails with the SyncError kind `no-change-feed`.
   */
  fetchChanges(cursor: string | null, limit: number, options?: FetchChangesOptions): Promise<ChangesPage>;
  /** One dossier, live: the raw record in the server's format, or null when the server does not know the code. */
  fetchDossier(code: string): Promise<unknown | null>;
  /** The procedure catalogue; `notModified` also when the server publishes none (the kiosk keeps its own). */
  fetchProcedures(etag: string | null): Promise<ProceduresReply>;
  postRatings(ratings: unknown[]): Promise<RatingsReply>;
  /** Reports the kiosk's health; the reply may carry configuration from the district. */
  postHeartbeat(report: unknown): Promise<HeartbeatReply>;
}
