import type { Database, Statement } from 'better-sqlite3';
import { ALL_STATUSES, isClosedWithoutResult, STATUS } from '../../shared/status/dossier-status.ts';

/**
 * Dossiers whose story is over: the result was handed over (10), or the dossier left the
 * process without one (3 not accepted, 7 withdrawn, 8 stopped). A finished dossier (9) is
 * kept: its result still waits at the counter.
 */
export const PURGEABLE_STATUSES = ALL_STATUSES.filter((status) => status === STATUS.returned || isClosedWithoutResult(status));

/** Dossiers looked at per step: a step is a short write, so the host stays responsive. */
export const PURGE_WINDOW = 5000;

// Closed before the cutoff: every time the dossier carries (returned, finished, received, each
// step of its history) is older, so one that moved recently is never taken early. The plain
// columns are compared first; the history is read only for the dossiers that pass them.
const DUE = `status IN (${PURGEABLE_STATUSES.join(', ')})
  AND coalesce(returned_at, 0) < @cutoff AND coalesce(finished_at, 0) < @cutoff AND received_at < @cutoff
  AND NOT EXISTS (SELECT 1 FROM json_each(timeline_json) WHERE value ->> 0 >= @cutoff)`;

/**
 * Removes from the cache the dossiers closed longer ago than the retention period, one
 * window of codes at a time. A purged dossier a citizen still scans is looked up live.
 */
export class DossierRetention {
  private readonly windowEnd: Statement<{ after: string; offset: number }, string>;
  private readonly purgeWindow: Statement<{ after: string; end: string; cutoff: number }>;
  private readonly purgeRest: Statement<{ after: string; cutoff: number }>;

  constructor(db: Database) {
    this.windowEnd = db.prepare('SELECT code FROM dossiers WHERE code > @after ORDER BY code LIMIT 1 OFFSET @offset').pluck() as Statement<
      { after: string; offset: number },
      string
    >;
    this.purgeWindow = db.prepare(`DELETE FROM dossiers WHERE code > @after AND code <= @end AND ${DUE}`);
    this.purgeRest = db.prepare(`DELETE FROM dossiers WHERE code > @after AND ${DUE}`);
  }

  /**
   * Purges, among the PURGE_WINDOW dossiers after code `after` ('' for the first), those closed
   * before `cutoff`. Returns how many went and the code to continue after (null: done).
   */
  purgeStep(after: string, cutoff: Date): { purged: number; next: string | null } {
    const seconds = Math.floor(cutoff.getTime() / 1000);
    const end = this.windowEnd.get({ after, offset: PURGE_WINDOW - 1 });
    if (end === undefined) return { purged: this.purgeRest.run({ after, cutoff: seconds }).changes, next: null };
    return { purged: this.purgeWindow.run({ after, end, cutoff: seconds }).changes, next: end };
  }

  /** The whole table in one go (tools and tests); the host uses purgeStep and yields between steps. */
  purgeClosedBefore(cutoff: Date): number {
    let purged = 0;
    for (let after: string | null = ''; after !== null; ) {
      const step = this.purgeStep(after, cutoff);
      purged += step.purged;
      after = step.next;
    }
    return purged;
  }
}
