import { setTimeout as sleep, setImmediate as yieldToEvents } from 'node:timers/promises';
import { LOCK_TAKEN, withoutWaitingForLock } from '../db/without-waiting-for-lock.ts';
import type { Database } from 'better-sqlite3';
import { DossierRetention } from '../dossiers/dossier-retention.ts';
import { log } from '../log/log.ts';
import type { SettingsStore } from '../settings/settings-store.ts';

const DAY_MS = 86_400_000;
/** After a sync, a purge at most this often: it reads the whole table. */
const AFTER_SYNC_INTERVAL_MS = 60 * 60_000;
/** A step that found the database's write lock taken (the sync writer's page) is tried again after this. */
const LOCK_RETRY_MS = 50;

export interface RetentionDeps {
  db: Database;
  settings: Pick<SettingsStore, 'get'>;
  now: () => Date;
}

/**
 * Keeps the cache to what serves citizens: at start and after syncs, dossiers returned or
 * closed more than `dossierRetentionDays` ago are purged, a window at a time with the event
 * loop free between windows. A failure is logged and tried again at the next occasion; it
 * never stops the kiosk. stop() ends a purge after its current window.
 */
export class DossierRetentionService {
  private readonly retention: DossierRetention;
  private lastAfterSyncAt = Number.NEGATIVE_INFINITY;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(private readonly deps: RetentionDeps) {
    this.retention = new DossierRetention(deps.db);
  }

  /** Purges now (joining a purge under way); resolves to how many dossiers went. */
  runNow(): Promise<number> {
    this.running ??= this.purge().finally(() => (this.running = null));
    return this.running;
  }

  /**
   * A sync succeeded: it may have brought dossiers closed long ago (the first one after a
   * start, or a full resync, brings them all). Purges at most once per interval.
   */
  afterSync(): Promise<number> | null {
    const at = this.deps.now().getTime();
    if (this.stopped || at - this.lastAfterSyncAt < AFTER_SYNC_INTERVAL_MS) return null;
    this.lastAfterSyncAt = at;
    return this.runNow();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** Never rejects: a failure (even reading the setting) is logged and the next run tries again. */
  private async purge(): Promise<number> {
    let purged = 0;
    let days = 0;
    try {
      days = this.deps.settings.get('dossierRetentionDays');
      const cutoff = new Date(this.deps.now().getTime() - days * DAY_MS);
      for (let after: string | null = ''; after !== null && !this.stopped; ) {
        // The first sync after a start runs beside this purge: a step must not sleep on this
        // thread until the sync writer's page commits; it is tried again a little later.
        const step = withoutWaitingForLock(this.deps.db, () => this.retention.purgeStep(after!, cutoff));
        if (step === LOCK_TAKEN) {
          await sleep(LOCK_RETRY_MS);
          continue;
        }
        purged += step.purged;
        after = step.next;
        if (after !== null) await yieldToEvents();
      }
    } catch (error) {
      log.warn('purging old dossiers failed; tried again later', { error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
    }
    if (purged > 0) log.info('returned and closed dossiers purged', { purged, retentionDays: days });
    return purged;
  }
}
