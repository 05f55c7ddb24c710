import type { AnswerFreshness, DossierFreshness } from '../../shared/contract/answer-freshness.ts';
import type { LookupResult } from '../../shared/contract/index.ts';

/** A lookup answered "not in the cache" while the server is still being asked: nothing to show yet. */
export interface AwaitedCheck {
  lookupId: number;
  checkId: number;
  code: string;
  dataAsOf: string | null;
}

/** The screens a freshness check can change, as kiosk-state.ts declares them. */
type AnswerScreen =
  | { name: 'result'; lookupId: number; dossier: NonNullable<DossierFreshness['dossier']>; dataAsOf: string | null; freshness?: AnswerFreshness }
  | { name: 'not-found'; lookupId: number; code: string; dataAsOf: string | null; freshness?: AnswerFreshness };

/** If the host wait shows no outcome this long after the lookup (its event lost), the answer is shown as unconfirmed. */
export const CHECK_OVERDUE_MS = 6_000;

export function checkIdOf(freshness: AnswerFreshness | undefined): number | null {
  return freshness?.state === 'checking' ? freshness.checkId : null;
}

/** A not-found answer still being checked with the server: the screen waits for the check (no "not found" flash). */
export function awaitedCheckOf(lookupId: number, result: LookupResult): AwaitedCheck | null {
  if (result.kind !== 'not-found') return null;
  const checkId = checkIdOf(result.freshness);
  return checkId === null ? null : { lookupId, checkId, code: result.code, dataAsOf: result.dataAsOf };
}

/** The screen a finished check leads to: the dossier as the cache now has it, or still not found. */
export function screenAfterCheck(lookupId: number, outcome: DossierFreshness): AnswerScreen {
  if (outcome.dossier) return { name: 'result', lookupId, dossier: outcome.dossier, dataAsOf: outcome.dataAsOf, freshness: outcome.freshness };
  return { name: 'not-found', lookupId, code: outcome.code, dataAsOf: outcome.dataAsOf, freshness: outcome.freshness };
}

/** What a check whose outcome never came leaves on screen. */
export const OVERDUE: AnswerFreshness = { state: 'unconfirmed', reason: 'failed' };
