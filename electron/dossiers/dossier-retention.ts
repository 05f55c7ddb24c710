import type { Database, Statement } from 'better-sqlite3';
import { ALL_STATUSES, isClosedWithoutResult, STATUS } from '../../shared/status/dossier-status.ts';

/**
 * Dossiers whose story is over: the result was handed over (10), or the dossier left the
 * process without one (3 not accepted, 7 withdrawn, 8 stopped). A finished dossier (9) is
 * kept: its result still waits at the counter.
 */
export const PURGEABLE_STATUSES = ALL_STATUSES.filter((status) => status === STATUS.returned || isClosedWithoutResult(status));

/**
 * Removes from the cache the dossiers closed longer ago than the retention period. A
 * dossier counts as closed at the latest time it carries (returned, finished, the last step
 * of its history, received), so one that moved recently is never taken early. A purged
 * dossier a citizen still scans is looked up live on the district server.
 */
export class DossierRetention {
  private readonly purge: Statement<[number]>;

  constructor(db: Database) {
    this.purge = db.prepare(`
      DELETE FROM dossiers
      WHERE status IN (${PURGEABLE_STATUSES.join(', ')})
        AND max(
          coalesce(returned_at, 0),
          coalesce(finished_at, 0),
          coalesce((SELECT max(value ->> 0) FROM json_each(timeline_json)), 0),
          received_at
        ) < ?`);
  }

  /** Purges what was closed before `cutoff`; returns how many dossiers went. */
  purgeClosedBefore(cutoff: Date): number {
    return this.purge.run(Math.floor(cutoff.getTime() / 1000)).changes;
  }
}
