import type { AnswerFreshness } from '../../shared/contract/answer-freshness.ts';
import type { LookupResult, ScanSource } from '../../shared/contract/index.ts';
import { parseReceiptCode } from '../../shared/receipt-code/index.ts';
import type { ReceiptCodeOptions } from '../../shared/receipt-code/index.ts';
import type { DossierStore } from './dossier-store.ts';
import { toDossierView } from './dossier-view.ts';
import type { LookupThrottle } from './lookup-throttle.ts';

export interface LookupDeps {
  /** The cache as the citizen should see it (SyncService.freshRecords: with newer records not yet stored). */
  store: Pick<DossierStore, 'findByCode' | 'agencies'>;
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
      return { kind: 'other-agency', code: parsed.code, agency: parsed.agency, agencyName: store.agencies.find(parsed.agency)?.name ?? null };
    }
    return { kind: 'not-found', code: parsed.code, dataAsOf: dataAsOf() };
  };
}

export interface GuardedLookupDeps {
  lookup: (raw: string) => LookupResult;
  /**
   * Starts the background check of a code with the district server (scan-freshness.ts) and says
   * how fresh the cached answer is; never waits for the network.
   */
  checkFreshness: (code: string) => AnswerFreshness | undefined;
  /** Null: lookups never wait (KioskHostOptions.lookupThrottle off). */
  throttle: LookupThrottle | null;
}

/**
 * A citizen's lookup as the host answers it: refused with a short wait while the throttle
 * says so, otherwise answered from the cache at once with the server asked in the background
 * (a newer answer follows as an event), and the outcome counted. One at a time, so parallel
 * calls cannot slip past the count.
 */
export function createGuardedLookup({ lookup, checkFreshness, throttle }: GuardedLookupDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  const guarded = (raw: string, source: ScanSource): LookupResult => {
    const wait = throttle?.waitMs() ?? 0;
    if (wait > 0) return { kind: 'wait', retryAfterSec: Math.ceil(wait / 1000) };
    const result = lookup(raw);
    throttle?.record({ missed: result.kind === 'not-found', keypad: source === 'keypad', foundCode: result.kind === 'found' ? result.dossier.code : undefined });
    if (result.kind !== 'found' && result.kind !== 'not-found') return result;
    const freshness = checkFreshness(result.kind === 'found' ? result.dossier.code : result.code);
    return freshness ? { ...result, freshness } : result;
  };
  return (raw: string, source: ScanSource): Promise<LookupResult> => {
    const next = queue.then(() => guarded(raw, source));
    queue = next.catch(() => undefined);
    return next;
  };
}
