import type { Database } from 'better-sqlite3';
import { readCatalogueItems } from '../catalogue/catalogue-file.ts';
import { ProcedureStore } from '../catalogue/procedure-store.ts';
import type { DistrictClient } from './district-client.ts';
import { MIN_KEPT_SHARE } from './district-limits.ts';
import { SyncError } from './sync-error.ts';
import type { SyncStateStore } from './sync-state-store.ts';

export interface CatalogueSyncReport {
  notModified: boolean;
  written: number;
  removed: number;
  rejected: number;
}

/**
 * Why a catalogue reply must not replace what citizens browse, or null when it may: it keeps
 * less than MIN_KEPT_SHARE of the procedures held, or rejects more records than it keeps.
 */
export function catalogueRefusal(held: number, kept: number, rejected: number): string | null {
  if (rejected > kept) {
    return `The district server sent a procedure catalogue with ${rejected} unreadable records and ${kept} readable ones; the kiosk kept its ${held} procedures.`;
  }
  if (held > 0 && kept < held * MIN_KEPT_SHARE) {
    return (
      `The district server sent a procedure catalogue of ${kept} procedures where the kiosk holds ${held}; the kiosk kept its catalogue ` +
      `(it replaces it only with one of at least ${Math.round(MIN_KEPT_SHARE * 100)} % of the procedures). Ask the district IT to check the catalogue.`
    );
  }
  return null;
}

/**
 * Brings the procedure catalogue up to date with one conditional request (ETag). A reply that
 * would drop most of the catalogue, or is mostly broken, is refused with a SyncError: the old
 * catalogue stays, and its ETag is not stored, so the next sync asks for the whole one again.
 */
export async function syncCatalogue(db: Database, client: DistrictClient, state: SyncStateStore, now: Date): Promise<CatalogueSyncReport> {
  const reply = await client.fetchProcedures(state.read().proceduresEtag);
  if (reply.notModified) return { notModified: true, written: 0, removed: 0, rejected: 0 };
  const entries = readCatalogueItems(reply.items);
  const records = entries.flatMap((e) => (e.record ? [e.record] : []));
  const rejected = entries.length - records.length;
  const store = new ProcedureStore(db);
  const refusal = catalogueRefusal(store.count(), records.length, rejected);
  if (refusal) {
    state.saveProceduresEtag(null);
    throw new SyncError('bad-response', refusal);
  }
  const outcome = db.transaction(() => {
    const written = store.replaceAll(records, now);
    state.saveProceduresEtag(rejected === 0 ? reply.etag : null);
    return written;
  })();
  return { notModified: false, ...outcome, rejected };
}
