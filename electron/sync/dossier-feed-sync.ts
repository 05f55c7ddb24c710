import type { Database } from 'better-sqlite3';
import type { DossierStore, DossierTable } from '../dossiers/dossier-store.ts';
import type { FeedPageSource, PreparedFeedPage } from './feed-page-source.ts';
import { SyncError } from './sync-error.ts';
import type { SyncStateStore } from './sync-state-store.ts';
import type { QuarantinedItem } from './validate-feed-items.ts';

export interface FeedSyncDeps {
  db: Database;
  store: DossierStore;
  state: SyncStateStore;
  /** Pages fetched and checked; the caller closes it. */
  source: FeedPageSource;
  now: () => Date;
  pageSize?: number;
  onProgress?: (progress: { pages: number; records: number; fullResync: boolean }) => void;
}

/**
 * A page of items parses into many more objects than a page of compact rows; from a server
 * without the compact shape, smaller pages keep a sync's peak memory near the compact one's.
 */
const ITEMS_PAGE_LIMIT = 2000;

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
  const pageSize = deps.pageSize ?? 5000;
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
    store.writeTransaction(() => {
      const outcome = store.writeBatch(batch, now(), table);
      report.applied += outcome.applied;
      report.ignored += outcome.ignored;
      report.deleted += outcome.deleted;
      quarantine(db, quarantined, now());
      if (shadow) state.saveResyncCursor(page.nextCursor);
      else state.saveCursor(page.nextCursor);
    });
    report.pages += 1;
    report.quarantined += quarantined.length;
    report.fullResync ||= shadow;
    deps.onProgress?.({ pages: report.pages, records: report.applied + report.ignored + report.deleted, fullResync: shadow });
    cursor = page.nextCursor;
    if (!page.hasMore) break;
  }

  if (shadow && cursor !== null) swapInShadow(db, store, state, cursor, current.source === 'demo');
  return report;
}

function quarantine(db: Database, items: readonly QuarantinedItem[], at: Date): void {
  if (items.length === 0) return;
  const insert = db.prepare('INSERT INTO quarantine (at, code, reason) VALUES (?, ?, ?)');
  for (const item of items) insert.run(Math.floor(at.getTime() / 1000), item.code, item.reason.slice(0, 500));
}

function swapInShadow(db: Database, store: DossierStore, state: SyncStateStore, cursor: string, replacingDemo: boolean): void {
  store.writeTransaction(() => {
    if (replacingDemo) db.prepare('UPDATE agencies SET served = 0').run();
    db.exec(`
      ALTER TABLE dossiers RENAME TO dossiers_old;
      ALTER TABLE dossiers_shadow RENAME TO dossiers;
      ALTER TABLE dossiers_old RENAME TO dossiers_shadow;`);
    state.finishResync(cursor);
  });
  db.prepare('DELETE FROM dossiers_shadow').run();
}
