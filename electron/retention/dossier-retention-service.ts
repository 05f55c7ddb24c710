import type { Database } from 'better-sqlite3';
import { DossierRetention } from '../dossiers/dossier-retention.ts';
import { log } from '../log/log.ts';
import type { SettingsStore } from '../settings/settings-store.ts';

const DAY_MS = 86_400_000;
/** After a sync, a purge at most this often: it scans the whole table. */
const AFTER_SYNC_INTERVAL_MS = 60 * 60_000;

export interface RetentionDeps {
  db: Database;
  settings: Pick<SettingsStore, 'get'>;
  now: () => Date;
}

/**
 * Keeps the cache to what serves citizens: at start and after syncs, dossiers returned or
 * closed more than `dossierRetentionDays` ago are purged. A failure is logged and tried
 * again at the next occasion; it never stops the kiosk.
 */
export class DossierRetentionService {
  private readonly retention: DossierRetention;
  private lastAfterSyncAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: RetentionDeps) {
    this.retention = new DossierRetention(deps.db);
  }

  /** Purges now; returns how many dossiers went (0 when the purge failed). */
  runNow(): number {
    const now = this.deps.now();
    const days = this.deps.settings.get('dossierRetentionDays');
    try {
      const purged = this.retention.purgeClosedBefore(new Date(now.getTime() - days * DAY_MS));
      if (purged > 0) log.info('returned and closed dossiers purged', { purged, retentionDays: days });
      return purged;
    } catch (error) {
      log.warn('purging old dossiers failed; tried again later', { error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
      return 0;
    }
  }

  /**
   * A sync succeeded: it may have brought dossiers closed long ago (the first one after a
   * start, or a full resync, brings them all). Purges at most once per interval.
   */
  afterSync(): number | null {
    const at = this.deps.now().getTime();
    if (at - this.lastAfterSyncAt < AFTER_SYNC_INTERVAL_MS) return null;
    this.lastAfterSyncAt = at;
    return this.runNow();
  }
}
