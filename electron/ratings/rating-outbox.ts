import type { Database, Statement } from 'better-sqlite3';
import type { RatingReason, RatingValue } from '../../shared/contract/index.ts';

export interface NewRating {
  id: string;
  dossierCode: string | null;
  rating: RatingValue;
  reasons: readonly RatingReason[];
}

/** A rating as `POST /v1/ratings` carries it (docs/sync-protocol.openapi.yaml, `Rating`). */
export interface WireRating {
  id: string;
  dossierCode: string | null;
  rating: RatingValue;
  reasons: string[];
  at: string;
}

export interface QueuedRating {
  wire: WireRating;
  revision: number;
}

interface OutboxRow {
  id: string;
  dossier_code: string | null;
  rating: RatingValue;
  reasons_json: string;
  rated_at: number;
  revision: number;
}

/**
 * Ratings waiting for the district server, in SQLite: they survive restarts and any length of
 * time offline. A row leaves only when the server acknowledged its id at the revision sent.
 */
export class RatingOutbox {
  private readonly upsert: Statement<[string, string | null, string, string, number]>;
  private readonly next: Statement<[number], OutboxRow>;
  private readonly remove: Statement<[string, number]>;
  private readonly failed: Statement<[string]>;

  constructor(private readonly db: Database) {
    this.upsert = db.prepare(`
      INSERT INTO ratings_outbox (id, dossier_code, rating, reasons_json, rated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET
        rating = excluded.rating,
        reasons_json = excluded.reasons_json,
        revision = revision + 1
      WHERE rating IS NOT excluded.rating OR reasons_json IS NOT excluded.reasons_json`);
    // Ratings that keep failing sink to the back, so one bad record cannot hold up the rest.
    this.next = db.prepare(`
      SELECT id, dossier_code, rating, reasons_json, rated_at, revision FROM ratings_outbox
      ORDER BY attempts, rated_at, id LIMIT ?`);
    this.remove = db.prepare('DELETE FROM ratings_outbox WHERE id = ? AND revision = ?');
    this.failed = db.prepare('UPDATE ratings_outbox SET attempts = attempts + 1 WHERE id = ?');
  }

  /**
   * Keeps a citizen's rating. Saving the same id again changes that rating (the time of the
   * first tap stays); the dossier it rates never changes.
   */
  save(rating: NewRating, now: Date): void {
    this.upsert.run(rating.id, rating.dossierCode, rating.rating, JSON.stringify(rating.reasons), now.getTime());
  }

  /** The next ratings to send, oldest first. */
  peek(limit: number): QueuedRating[] {
    return this.next.all(limit).map((row) => ({
      revision: row.revision,
      wire: {
        id: row.id,
        dossierCode: row.dossier_code,
        rating: row.rating,
        reasons: JSON.parse(row.reasons_json) as string[],
        at: new Date(row.rated_at).toISOString(),
      },
    }));
  }

  /**
   * Forgets the ratings the server acknowledged. A rating changed since it was sent stays: it
   * goes again under the same id (the server keeps its first copy and counts it once).
   */
  acknowledge(sent: readonly QueuedRating[], acknowledgedIds: ReadonlySet<string>): number {
    return this.db.transaction(() => {
      let removed = 0;
      for (const { wire, revision } of sent) {
        if (acknowledgedIds.has(wire.id)) removed += this.remove.run(wire.id, revision).changes;
      }
      return removed;
    })();
  }

  markFailed(sent: readonly QueuedRating[]): void {
    this.db.transaction(() => {
      for (const { wire } of sent) this.failed.run(wire.id);
    })();
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM ratings_outbox').pluck().get() as number;
  }
}
