import type { Database } from 'better-sqlite3';
import type { DossierStore, DossierTable } from '../dossiers/dossier-store.ts';
import { log } from '../log/log.ts';
import { MAX_QUARANTINE_ROWS_PER_RUN, MIN_KEPT_SHARE } from './district-limits.ts';
import { FeedProgressGuard } from './feed-progress-guard.ts';
import type { FeedPageSource, PreparedFeedPage } from './feed-page-source.ts';
import { QuarantineStore } from './quarantine-store.ts';
import { SyncError } from './sync-error.ts';
import type { RefusedResync, SyncStateStore } from './sync-state-store.ts';

export interface FeedSyncDeps {
  db: Database;
  store: DossierStore;
  state: SyncStateStore;
  /** Pages fetched and checked; the caller closes it. */
  source: FeedPageSource;
  now: () => Date;
  pageSize?: number;
  onProgress?: (progress: { pages: number; records: number; fullResync: boolean }) => void;
  /**
   * Swap in a full resync even when it holds far fewer dossiers than the cache (a technician's
   * `kiosk sync --accept-smaller`, once the district confirmed it really holds fewer).
   */
  acceptSmaller?: boolean;
}

/**
 * Compact rows asked for per page: 2,500 took the same CPU and time as 5,000 for a million
 * dossiers and about 8 MB less peak memory (docs/sync.md, "Where the CPU went").
 */
const COMPACT_PAGE_LIMIT = 2500;

/**
 * A page of items parses into many more objects than a page of compact rows; from a server
 * without the compact shape, smaller pages keep a sync's peak memory near the compact one's.
 */
const ITEMS_PAGE_LIMIT = 2000;

/**
 * After a refused shrinking resync, the kiosk asks for the whole feed again only this much later:
 * every retry would pull the whole district again, on every kiosk, for the same answer.
 */
export const REFUSED_RESYNC_RETRY_S = 24 * 3600;

export interface FeedSyncReport {
  pages: number;
  applied: number;
  ignored: number;
  deleted: number;
  quarantined: number;
  fullResync: boolean;
}

/**
 * Pulls the dossier change feed to its end. Each page and its cursor commit in one
 * transaction, so a crash or a cut connection resumes where the data stopped. A full resync
 * (expired cursor, or demo/imported data to replace) fills the shadow table and swaps it in
 * only when complete: citizens keep seeing the old data meanwhile.
 */
export async function syncDossierFeed(deps: FeedSyncDeps): Promise<FeedSyncReport> {
  const { db, store, state, source, now } = deps;
  const pageSize = deps.pageSize ?? COMPACT_PAGE_LIMIT;
  // Until the server has shown it sends compact pages, ask for pages small enough for items.
  let limit = Math.min(pageSize, ITEMS_PAGE_LIMIT);
  const report: FeedSyncReport = { pages: 0, applied: 0, ignored: 0, deleted: 0, quarantined: 0, fullResync: false };

  const current = state.read();
  let shadow = current.resyncActive;
  if (!shadow && current.cursor === null && current.source !== 'server' && store.count() > 0) {
    startResync();
    shadow = true;
  }
  let cursor = shadow ? state.read().resyncCursor : current.cursor;
  if (shadow && cursor === null && !deps.acceptSmaller) holdBackAfterRefusal(store, current.refusedResync, now());
  const quarantine = new QuarantineStore(db);
  let quarantineRowsLeft = MAX_QUARANTINE_ROWS_PER_RUN;
  const progress = new FeedProgressGuard();

  function startResync(): void {
    db.prepare('DELETE FROM dossiers_shadow').run();
    state.beginResync();
    report.fullResync = true;
  }

  // The next page is fetched while this one is written: network and SQLite overlap.
  let pending: Promise<PreparedFeedPage> | null = null;
  const fetchPage = (from: string | null) => {
    const request = source.fetchPage(from, limit);
    request.catch(() => undefined);
    return request;
  };
  for (;;) {
    let page: PreparedFeedPage;
    try {
      page = await (pending ?? fetchPage(cursor));
    } catch (error) {
      pending = null;
      if (error instanceof SyncError && error.kind === 'cursor-expired' && !(shadow && cursor === null)) {
        startResync();
        shadow = true;
        cursor = null;
        continue;
      }
      throw error;
    }
    limit = page.shape === 'compact' ? pageSize : Math.min(pageSize, ITEMS_PAGE_LIMIT);
    pending = page.hasMore ? fetchPage(page.nextCursor) : null;
    const { batch, quarantined } = page;
    const table: DossierTable = shadow ? 'dossiers_shadow' : 'dossiers';
    const kept = quarantined.slice(0, quarantineRowsLeft);
    quarantineRowsLeft -= kept.length;
    const outcome = store.writeTransaction(() => {
      const written = store.writeBatch(batch, now(), table);
      quarantine.add(kept, now());
      if (shadow) state.saveResyncCursor(page.nextCursor);
      else state.saveCursor(page.nextCursor);
      return written;
    });
    report.applied += outcome.applied;
    report.ignored += outcome.ignored;
    report.deleted += outcome.deleted;
    report.pages += 1;
    report.quarantined += quarantined.length;
    report.fullResync ||= shadow;
    deps.onProgress?.({ pages: report.pages, records: report.applied + report.ignored + report.deleted, fullResync: shadow });
    progress.afterPage({ from: cursor, next: page.nextCursor, hasMore: page.hasMore, newRecords: outcome.applied + outcome.deleted });
    cursor = page.nextCursor;
    if (!page.hasMore) break;
  }
  if (report.quarantined > MAX_QUARANTINE_ROWS_PER_RUN) {
    log.warn('quarantine rows capped', { quarantined: report.quarantined, kept: MAX_QUARANTINE_ROWS_PER_RUN });
  }

  if (shadow && cursor !== null) {
    // Only data this server sent before is guarded: demo or imported data is meant to be replaced.
    if (current.source === 'server' && !deps.acceptSmaller) refuseShrinkingResync(db, store, state, now());
    swapInShadow(db, store, state, cursor, current.source === 'demo');
  }
  // After a resync most of the old texts may be unreferenced; otherwise only after much growth.
  const pruned = await (shadow ? store.texts.pruneUnreferenced() : store.texts.pruneIfGrown());
  if (pruned.deleted > 0) log.info('unreferenced texts pruned', { pruned: pruned.deleted, longestWindowMs: Math.round(pruned.longestWindowMs) });
  return report;
}

const ACCEPT_SMALLER_HINT = 'If the district really holds fewer dossiers now, run `kiosk sync --accept-smaller` from a shell.';

/**
 * Within REFUSED_RESYNC_RETRY_S of a refused shrinking resync, fails at once without asking the
 * server: the technician sees why in the sync status, and citizens keep the current data.
 */
function holdBackAfterRefusal(store: DossierStore, refused: RefusedResync | null, now: Date): void {
  if (!refused) return;
  const retryAt = (refused.at + REFUSED_RESYNC_RETRY_S) * 1000;
  if (now.getTime() >= retryAt) return;
  throw new SyncError(
    'bad-response',
    `The district server's full resync of ${new Date(refused.at * 1000).toISOString()} held ${refused.offered} dossiers where the kiosk ` +
      `holds ${store.count('dossiers')}; the kiosk kept its data and asks for a full resync again after ${new Date(retryAt).toISOString()}. ` +
      ACCEPT_SMALLER_HINT,
  );
}

/**
 * A resync that would leave the cache empty, or with less than MIN_KEPT_SHARE of what it holds,
 * is refused: citizens keep the current data, and the refusal is remembered so that the next
 * full resync is asked for only after REFUSED_RESYNC_RETRY_S.
 */
function refuseShrinkingResync(db: Database, store: DossierStore, state: SyncStateStore, now: Date): void {
  const held = store.count('dossiers');
  const offered = store.count('dossiers_shadow');
  if (held === 0 || offered >= held * MIN_KEPT_SHARE) return;
  db.prepare('DELETE FROM dossiers_shadow').run();
  state.beginResync();
  state.saveRefusedResync({ at: Math.floor(now.getTime() / 1000), offered });
  throw new SyncError(
    'bad-response',
    `The district server's full resync holds ${offered} dossiers where the kiosk holds ${held}; the kiosk kept its data ` +
      `(it replaces them only with a resync of at least ${Math.round(MIN_KEPT_SHARE * 100)} %). ` +
      `It asks for a full resync again after 24 h. ${ACCEPT_SMALLER_HINT}`,
  );
}

function swapInShadow(db: Database, store: DossierStore, state: SyncStateStore, cursor: string, replacingDemo: boolean): void {
  store.writeTransaction(() => {
    if (replacingDemo) db.prepare('UPDATE agencies SET served = 0').run();
    db.exec(`
      ALTER TABLE dossiers RENAME TO dossiers_old;
      ALTER TABLE dossiers_shadow RENAME TO dossiers;
      ALTER TABLE dossiers_old RENAME TO dossiers_shadow;`);
    state.finishResync(cursor);
    state.saveRefusedResync(null);
  });
  db.prepare('DELETE FROM dossiers_shadow').run();
}
