/**
 * Every bound the kiosk puts on what a district server controls, in one place (docs/sync.md,
 * "Bounds on what the server controls"). A server past one of them gets a clear SyncError, never a loop, a stall
 * of the host or an emptied cache.
 */

/** Decompressed bytes of any answer (a gzip bomb stops here). */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** Answers about one thing: a dossier, the heartbeat, the ratings receipt. */
export const MAX_SMALL_RESPONSE_BYTES = 1024 * 1024;

/**
 * Bytes a change-feed page may take per record asked for. A record is about 1.2 KB as an item
 * and 0.3 KB as a compact row, so 4 KB is three times the average; the bound keeps JSON.parse
 * of a junk page to a fraction of a second on either thread.
 */
const PAGE_BYTES_PER_RECORD = 4 * 1024;
const PAGE_BYTES_BASE = 64 * 1024;

export function maxPageBytes(limit: number): number {
  return Math.min(MAX_RESPONSE_BYTES, PAGE_BYTES_BASE + limit * PAGE_BYTES_PER_RECORD);
}

/** Records a page may carry for `limit` asked: 10 % and 10 more, for servers that round up. */
export function maxPageRecords(limit: number): number {
  return Math.ceil(limit * 1.1) + 10;
}

/** Texts of a compact page: rows share them, so even a page of distinct texts stays under this. */
export function maxPageTexts(limit: number): number {
  return maxPageRecords(limit) * 16 + 1024;
}

/** The national catalogue has about 6,000 procedures in all. */
export const MAX_CATALOGUE_RECORDS = 50_000;

/** An ETag longer than this, or not printable ASCII, is not stored: the next catalogue is fetched whole. */
export const MAX_ETAG_CHARS = 256;

/**
 * A feed run stops as "not progressing" after this many pages in a row that brought nothing
 * new (the cursor did not move, or every record was already known or broken).
 */
export const MAX_PAGES_WITHOUT_PROGRESS = 5;

/** Requests a feed run may make: this many, plus one for every MIN_NEW_RECORDS_PER_PAGE new records. */
export const FEED_REQUESTS_BASE = 10;
export const MIN_NEW_RECORDS_PER_PAGE = 10;

/** Quarantine rows written in one sync run, and kept in all (the newest). */
export const MAX_QUARANTINE_ROWS_PER_RUN = 1_000;
export const MAX_QUARANTINE_ROWS = 10_000;

/**
 * A catalogue or a full dossier resync is refused when it would keep less than this share of
 * what the kiosk holds, or when it rejects more records than it keeps.
 */
export const MIN_KEPT_SHARE = 0.5;
