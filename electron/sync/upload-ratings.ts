import type { Database } from 'better-sqlite3';
import { log } from '../log/log.ts';
import type { DistrictServer } from './district-server/district-server.ts';
import { SyncError } from './sync-error.ts';
import { RatingOutbox } from '../ratings/rating-outbox.ts';

export interface RatingUploadReport {
  /** Ratings the server counted now. */
  accepted: number;
  /** Ratings the server already had (a retry after a lost answer): not counted again. */
  duplicates: number;
  /** Still in the outbox after this run. */
  remaining: number;
  /** Why the run stopped early, if it did (the kind only: no dossier code ever reaches a log). */
  failure: SyncError['kind'] | 'unknown' | null;
}

export interface UploadRatingsOptions {
  /** Ratings per request (the protocol allows up to 1000). */
  batchSize?: number;
  /** Requests per run at most, so one run cannot go on for ever. */
  maxRequests?: number;
}

const DEFAULT_BATCH = 200;
const DEFAULT_MAX_REQUESTS = 20;

/**
 * Sends the outbox to `POST /v1/ratings` in batches, each rating under its idempotency key.
 * Anything acknowledged (accepted or duplicate) leaves the outbox; everything else stays for
 * the next run, so an answer lost after the server processed the batch (a reset connection, a
 * truncated body) costs one harmless duplicate, never a lost or doubly counted rating.
 * A batch the server cannot read is split into single ratings, so one bad rating cannot
 * block the others.
 */
export async function uploadRatings(db: Database, client: DistrictServer, options: UploadRatingsOptions = {}): Promise<RatingUploadReport> {
  const outbox = new RatingOutbox(db);
  const report: RatingUploadReport = { accepted: 0, duplicates: 0, remaining: 0, failure: null };
  let batchSize = options.batchSize ?? DEFAULT_BATCH;
  for (let request = 0; request < (options.maxRequests ?? DEFAULT_MAX_REQUESTS); request += 1) {
    const batch = outbox.peek(batchSize);
    if (batch.length === 0) break;
    try {
      const reply = await client.postRatings(batch.map((r) => r.wire));
      const acknowledged = new Set([...reply.accepted, ...reply.duplicates]);
      const sentIds = new Set(batch.map((r) => r.wire.id));
      report.accepted += reply.accepted.filter((id) => sentIds.has(id)).length;
      report.duplicates += reply.duplicates.filter((id) => sentIds.has(id)).length;
      if (outbox.acknowledge(batch, acknowledged) === 0) {
        outbox.markFailed(batch);
        break;
      }
    } catch (error) {
      outbox.markFailed(batch);
      report.failure = error instanceof SyncError ? error.kind : 'unknown';
      // An unreadable answer may be the server refusing one bad rating: go on one by one; a
      // rating that fails again has more attempts than the rest and goes to the back.
      if (error instanceof SyncError && error.kind === 'bad-response') {
        batchSize = 1;
        continue;
      }
      break;
    }
  }
  report.remaining = outbox.count();
  return report;
}

/** The sync's last step: ratings go up, and nothing here can fail the sync. */
export async function uploadRatingsAfterSync(db: Database, client: DistrictServer): Promise<void> {
  try {
    const report = await uploadRatings(db, client);
    if (report.accepted + report.duplicates > 0 || report.failure !== null) log.info('ratings uploaded', { ...report });
  } catch (error) {
    log.warn('ratings upload failed', { error: error instanceof Error ? error.name : 'unknown' });
  }
}
