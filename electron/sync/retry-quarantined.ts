import type { Database } from 'better-sqlite3';
import type { DossierStore } from '../dossiers/dossier-store.ts';
import type { DistrictServer } from './district-server/district-server.ts';
import { QuarantineStore } from './quarantine-store.ts';
import { validateFeedItems } from './validate-feed-items.ts';
import type { FeedFormat } from './validate-feed-items.ts';

const MAX_PER_RUN = 200;

/**
 * Asks the server again, one by one, for dossiers whose feed record was invalid: a record
 * garbled in transit is repaired at the next sync; one the server keeps sending wrong stays
 * quarantined and reported.
 */
export async function retryQuarantinedDossiers(deps: {
  db: Database;
  store: DossierStore;
  client: DistrictServer;
  now: () => Date;
  format?: FeedFormat;
}): Promise<{ repaired: number; remaining: number }> {
  const { db, store, client, now } = deps;
  const quarantine = new QuarantineStore(db);
  const codes = quarantine.codes(MAX_PER_RUN);
  let repaired = 0;
  for (const code of codes) {
    const item = await client.fetchDossier(code);
    const { valid } = item === null ? { valid: [] } : validateFeedItems([item], deps.format ?? 'kiosk');
    const record = valid[0];
    if (item !== null && (!record || record.code.toUpperCase() !== code.toUpperCase())) continue;
    store.writeTransaction(() => {
      if (record) store.writeValidated([record], now());
      quarantine.remove(code);
    });
    if (record) repaired += 1;
  }
  return { repaired, remaining: quarantine.count() };
}
