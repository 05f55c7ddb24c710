import type { Database } from 'better-sqlite3';
import { readCatalogueItems } from '../catalogue/catalogue-file.ts';
import { ProcedureStore } from '../catalogue/procedure-store.ts';
import type { DistrictServer } from './district-server/district-server.ts';
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
 * less than MIN_KEPT_SHARE of the procedures held (unless `guardSize` is false), or rejects more
 * records than it keeps.
 */
export function catalogueRefusal(held: number, kept: number, rejected: number, guardSize = true): string | null {
  if (rejected > kept) {
    return `The district server sent a procedure catalogue with ${rejected} unreadable records and ${kept} readable ones; the kiosk kept its ${held} procedures.`;
  }
  if (guardSize && held > 0 && kept < held * MIN_KEPT_SHARE) {
    return (
      `The district server sent a procedure catalogue of ${kept} procedures where the kiosk holds ${held}; the kiosk kept its catalogue ` +
      `(it replaces it only with one of at least ${Math.round(MIN_KEPT_SHARE * 100)} % of the procedures). Ask the district IT to check the catalogue; if it really holds fewer procedures now, run \`kiosk sync --accept-smaller\` from a shell.`
    );
  }
  return null;
}

/**
 * Brings the procedure catalogue up to date with one conditional request (ETag). A reply that
 * would drop most of the catalogue, or is mostly broken, is refused with a SyncError: the old
 * catalogue stays, and its ETag is not stored, so the next sync asks for the whole one again.
 * The size guard protects only a district's catalogue, not the demo one, and `acceptSmaller`
 * (a technician's `kiosk sync --accept-smaller`) lifts it.
 */
export async function syncCatalogue(
  db: Database,
  client: DistrictServer,
  state: SyncStateStore,
  now: Date,
  options: { acceptSmaller?: boolean } = {},
): Promise<CatalogueSyncReport> {
  const { proceduresEtag, proceduresSource } = state.read();
  const reply = await client.fetchProcedures(proceduresEtag);
  if (reply.notModified) return { notModified: true, written: 0, removed: 0, rejected: 0 };
  const entries = readCatalogueItems(reply.items);
  const records = entries.flatMap((e) => (e.record ? [e.record] : []));
  const rejected = entries.length - records.length;
  const store = new ProcedureStore(db);
  const refusal = catalogueRefusal(store.count(), records.length, rejected, proceduresSource !== 'demo' && !options.acceptSmaller);
  if (refusal) {
    state.saveProceduresEtag(null);
    throw new SyncError('bad-response', refusal);
  }
  const outcome = db.transaction(() => {
    const written = store.replaceAll(records, now);
    state.saveProceduresEtag(rejected === 0 ? reply.etag : null);
    state.saveProceduresSource('server');
    return written;
  })();
  return { notModified: false, ...outcome, rejected };
}
