import { syncDossierFeed } from './dossier-feed-sync.ts';
import type { FeedSyncDeps, FeedSyncReport } from './dossier-feed-sync.ts';
import { SyncError } from './sync-error.ts';

export interface FeedOutcome {
  report: FeedSyncReport;
  /** The server offers no change feed, only a lookup by code. */
  lookupOnly: boolean;
}

const NOTHING: FeedSyncReport = { pages: 0, applied: 0, ignored: 0, deleted: 0, quarantined: 0, fullResync: false };

/**
 * The change feed to its end, or, from a lookup-only server (one that answers only the portal's
 * TraCuuHoSo), nothing: the kiosk then keeps what it has looked up and looks each scanned code
 * up live. The fictional demo dossiers go (a real district is configured); imported ones stay.
 */
export async function syncFeedUnlessLookupOnly(deps: FeedSyncDeps): Promise<FeedOutcome> {
  try {
    return { report: await syncDossierFeed(deps), lookupOnly: false };
  } catch (error) {
    if (!(error instanceof SyncError && error.kind === 'no-change-feed')) throw error;
    const { db, store, state } = deps;
    store.writeTransaction(() => {
      state.abandonResync();
      db.prepare('DELETE FROM dossiers_shadow').run();
      if (state.read().source === 'demo') {
        db.prepare('DELETE FROM dossiers').run();
        db.prepare('UPDATE agencies SET served = 0').run();
      }
    });
    store.texts.reset();
    store.agencies.reset();
    return { report: { ...NOTHING }, lookupOnly: true };
  }
}
