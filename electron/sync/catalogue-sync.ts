import type { Database } from 'better-sqlite3';
import { readCatalogueItems } from '../catalogue/catalogue-file.ts';
import { ProcedureStore } from '../catalogue/procedure-store.ts';
import type { DistrictClient } from './district-client.ts';
import type { SyncStateStore } from './sync-state-store.ts';

export interface CatalogueSyncReport {
  notModified: boolean;
  written: number;
  removed: number;
  rejected: number;
}

/**
 * Brings the procedure catalogue up to date with one conditional request (ETag). A catalogue
 * in which no record is readable is refused whole rather than emptying what citizens browse.
 */
export async function syncCatalogue(db: Database, client: DistrictClient, state: SyncStateStore, now: Date): Promise<CatalogueSyncReport> {
  const reply = await client.fetchProcedures(state.read().proceduresEtag);
  if (reply.notModified) return { notModified: true, written: 0, removed: 0, rejected: 0 };
  const entries = readCatalogueItems(reply.items);
  const records = entries.flatMap((e) => (e.record ? [e.record] : []));
  const rejected = entries.length - records.length;
  if (records.length === 0 && entries.length > 0) return { notModified: false, written: 0, removed: 0, rejected };
  const outcome = db.transaction(() => {
    const written = new ProcedureStore(db).replaceAll(records, now);
    state.saveProceduresEtag(rejected === 0 ? reply.etag : null);
    return written;
  })();
  return { notModified: false, ...outcome, rejected };
}
