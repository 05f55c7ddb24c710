import type { LookupResult } from '../../shared/contract/index.ts';
import { parseReceiptCode } from '../../shared/receipt-code/index.ts';
import type { ReceiptCodeOptions } from '../../shared/receipt-code/index.ts';
import type { DossierStore } from './dossier-store.ts';
import { toDossierView } from './dossier-view.ts';

export interface LookupDeps {
  store: DossierStore;
  dataAsOf: () => string | null;
  codeOptions: () => ReceiptCodeOptions;
  /** The kiosk's own agencies; empty when unknown, and then no code counts as foreign. */
  siteAgencyCodes: () => readonly string[];
  now: () => Date;
}

/** From a raw scan to what the citizen sees; every path ends in a clear outcome. */
export function createDossierLookup({ store, dataAsOf, codeOptions, siteAgencyCodes, now }: LookupDeps) {
  return function lookupDossier(raw: string): LookupResult {
    const parsed = parseReceiptCode(raw, codeOptions());
    if (!parsed.ok) return { kind: 'unreadable', reason: parsed.reason };
    const row = store.findByCode(parsed.code);
    if (row) return { kind: 'found', dossier: toDossierView(row, now()), dataAsOf: dataAsOf() };
    const own = siteAgencyCodes();
    if (parsed.format === 'standard' && own.length > 0 && !own.includes(parsed.agency)) {
      return { kind: 'other-agency', code: parsed.code, agency: parsed.agency };
    }
    return { kind: 'not-found', code: parsed.code, dataAsOf: dataAsOf() };
  };
}
