import type { AnswerFreshness, DossierFreshness } from '../../shared/contract/answer-freshness.ts';
import type { DossierView } from '../../shared/contract/index.ts';
import { log } from '../log/log.ts';
import type { TokenBucket } from './token-bucket.ts';

/**
 * What asking the server for one dossier came to: a newer version stored (or its deletion), the
 * cache already as new as the server, a code the server does not know, or no usable answer.
 */
export type LiveRefresh = 'stored' | 'unchanged' | 'unknown' | 'failed';

/** A code confirmed with the server this recently is answered as confirmed without asking again. */
export const CONFIRMED_FOR_MS = 10_000;
/** After a live request failed, none is sent for this long; the scheduled sync keeps trying meanwhile. */
export const QUIET_AFTER_FAILURE_MS = 30_000;
/** Confirmations remembered at most (a kiosk sees a few codes a minute). */
const MAX_REMEMBERED = 500;

export interface ScanFreshnessDeps {
  /** False when no district server is configured: nothing is asked and answers carry no freshness. */
  configured: () => boolean;
  /** The last sync failed: the server is known to be down until a sync succeeds. */
  serverDown: () => boolean;
  /** One request for one dossier, stored when newer (SyncService.refreshDossier); never throws. */
  refresh: (code: string) => Promise<LiveRefresh>;
  /** The kiosk's budget of live requests on the district server. */
  liveLookups: TokenBucket;
  /** The answer for a code as the cache has it now. */
  current: (code: string) => { dossier: DossierView | null; dataAsOf: string | null };
  /** Pushes a finished check to the screens (the host's `dossierFreshness` event). */
  publish: (outcome: DossierFreshness) => void;
  now: () => Date;
  monotonic: () => number;
}

/**
 * Freshness at the scan: every lookup is answered from the cache at once, and the server is
 * asked in the background for that one dossier, within bounds — one request per scan at most,
 * none for a code confirmed in the last CONFIRMED_FOR_MS or already being asked, none while the
 * server is known to be down, and none past the kiosk's budget. Codes stay in memory only.
 */
export class ScanFreshness {
  private nextCheckId = 1;
  private readonly confirmedAt = new Map<string, { monotonic: number; at: string }>();
  private readonly checking = new Map<string, number>();
  private quietUntil = Number.NEGATIVE_INFINITY;
  private stopped = false;

  constructor(private readonly deps: ScanFreshnessDeps) {}

  /** What to say of the cached answer for `code`; starts the background check when one is due. */
  begin(code: string): AnswerFreshness | undefined {
    if (this.stopped || !this.deps.configured()) return undefined;
    const now = this.deps.monotonic();
    const inFlight = this.checking.get(code);
    if (inFlight !== undefined) return { state: 'checking', checkId: inFlight };
    const confirmed = this.confirmedAt.get(code);
    if (confirmed && now - confirmed.monotonic < CONFIRMED_FOR_MS) return { state: 'confirmed', at: confirmed.at };
    if (now < this.quietUntil || this.deps.serverDown()) return { state: 'unconfirmed', reason: 'server-down' };
    if (!this.deps.liveLookups.take()) return { state: 'unconfirmed', reason: 'rate-limited' };
    const checkId = this.nextCheckId++;
    this.checking.set(code, checkId);
    void this.deps
      .refresh(code)
      .catch((): LiveRefresh => 'failed')
      .then((outcome) => this.finish(code, checkId, outcome))
      .catch((error: unknown) => log.warn('freshness check not reported', { error: error instanceof Error ? error.name : 'unknown' }));
    return { state: 'checking', checkId };
  }

  /** No more checks or pushes (the host is closing). */
  stop(): void {
    this.stopped = true;
  }

  private finish(code: string, checkId: number, outcome: LiveRefresh): void {
    this.checking.delete(code);
    if (this.stopped) return;
    const answer = this.deps.current(code);
    let freshness: DossierFreshness['freshness'];
    if (outcome === 'failed') {
      this.quietUntil = this.deps.monotonic() + QUIET_AFTER_FAILURE_MS;
      freshness = { state: 'unconfirmed', reason: 'failed' };
    } else if (outcome === 'unknown' && answer.dossier !== null) {
      // The server does not know a dossier the kiosk has: keep it, but do not call it confirmed.
      freshness = { state: 'unconfirmed', reason: 'failed' };
    } else {
      freshness = { state: 'confirmed', at: this.deps.now().toISOString() };
      this.remember(code, freshness.at);
    }
    this.deps.publish({ checkId, code, freshness, ...answer });
  }

  private remember(code: string, at: string): void {
    this.confirmedAt.delete(code);
    this.confirmedAt.set(code, { monotonic: this.deps.monotonic(), at });
    if (this.confirmedAt.size <= MAX_REMEMBERED) return;
    const oldest = this.confirmedAt.keys().next().value;
    if (oldest !== undefined) this.confirmedAt.delete(oldest);
  }
}
