import type {
  DossierView,
  KioskInfo,
  Language,
  LookupResult,
  ParseFailureReason,
  SyncStatus,
} from '../../shared/contract/index.ts';
import type { AnswerFreshness, DossierFreshness } from '../../shared/contract/answer-freshness.ts';
import type { KioskFailure } from '../api/kiosk-failure.ts';
import { displayDefaultsOf, STANDARD_DISPLAY } from '../accessibility/display-modes.ts';
import type { DisplayModes } from '../accessibility/display-modes.ts';
import type { CatalogueScreen } from '../procedures/catalogue-screen.ts';
import { awaitedCheckOf, checkIdOf, OVERDUE, screenAfterCheck } from './answer-freshness.ts';
import type { AwaitedCheck } from './answer-freshness.ts';

/** What the citizen is looking at. Everything of one citizen lives here, so idle can drop it. */
export type Screen =
  | { name: 'home' }
  | { name: 'manual' }
  /** `freshness`: how the answer stands with the district server (absent without one). */
  | { name: 'result'; lookupId: number; dossier: DossierView; dataAsOf: string | null; freshness?: AnswerFreshness }
  | { name: 'unreadable'; lookupId: number; reason: ParseFailureReason }
  | { name: 'not-found'; lookupId: number; code: string; dataAsOf: string | null; freshness?: AnswerFreshness }
  | { name: 'other-agency'; lookupId: number; code: string; agency: string; agencyName: string | null }
  /** The host refused the lookup for now: too many codes in a row were not found. */
  | { name: 'wait'; lookupId: number; retryAfterSec: number }
  | { name: 'out-of-service'; failure: KioskFailure }
  /** The procedure catalogue: fields, a field's procedures, one procedure, search. */
  | CatalogueScreen
  /** Shown when nobody has used the kiosk for a while: how to scan, what it can do. */
  | { name: 'attract' }
  | { name: 'statistics' }
  /** Technician mode (PIN, settings, diagnostics): no citizen data, no idle reset. */
  | { name: 'technician' };

export type Boot = { phase: 'starting' } | { phase: 'ready'; info: KioskInfo } | { phase: 'failed'; failure: KioskFailure };

export interface KioskState {
  boot: Boot;
  screen: Screen;
  lang: Language;
  /** A lookup slow enough to show "looking up…" (only the newest lookup is ever answered). */
  pendingLookup: number | null;
  /** The newest "data as of" the host reported (sync status or a lookup). */
  dataAsOf: string | null;
  /** Bumped on every return to home: screens are keyed by it, so their local state goes too. */
  session: number;
  /** Large text, high contrast: the citizen's choice until idle returns the site's defaults. */
  display: DisplayModes;
  /**
   * A code the cache lacks, being asked of the server: the screen it was scanned on stays (with
   * "looking up…" after a moment) until the check ends, so "not found" never flashes first.
   */
  awaitedCheck: (AwaitedCheck & { screenBefore: Screen }) | null;
  /** A check's outcome that came before its lookup's answer (two connections); used when that answer comes. */
  earlyFreshness: DossierFreshness | null;
}

export type KioskAction =
  | { type: 'booted'; info: KioskInfo }
  | { type: 'boot-failed'; failure: KioskFailure }
  | { type: 'info-refreshed'; info: KioskInfo }
  | { type: 'sync-status'; sync: SyncStatus }
  | { type: 'set-language'; lang: Language }
  | { type: 'open-manual' }
  /** A catalogue screen (fields, procedures, procedure, search); to go home use 'go-home'. */
  | { type: 'open-catalogue'; screen: CatalogueScreen }
  /**
   * Lookups start without a state change (nothing to re-render while the answer is on its
   * way); only one still unanswered after a moment shows the "looking up" overlay. Answers
   * carry the session they were asked in: an answer for the citizen before is dropped.
   */
  | { type: 'lookup-slow'; lookupId: number; session: number }
  | { type: 'lookup-finished'; lookupId: number; session: number; result: LookupResult }
  | { type: 'lookup-failed'; lookupId: number; session: number; failure: KioskFailure }
  /** The server's answer to a lookup's background check (the host's `dossierFreshness` push). */
  | { type: 'dossier-freshness'; outcome: DossierFreshness }
  /** A check's outcome never came: its answer is shown as not confirmed. */
  | { type: 'freshness-overdue'; checkId: number }
  /** Back to the start for the next citizen: result, typed code and language all go. */
  | { type: 'reset' }
  /** "Back to the start" pressed by the same citizen: keeps their language. */
  | { type: 'go-home' }
  /** Nobody at the kiosk: home turns into the attract screen; any touch wakes it. */
  | { type: 'show-attract' }
  | { type: 'wake' }
  | { type: 'open-statistics' }
  | { type: 'set-display'; display: Partial<DisplayModes> }
  | { type: 'open-technician' }
  /** Leaving technician mode starts afresh, with the settings just made (language …). */
  | { type: 'close-technician' };

export const initialKioskState: KioskState = {
  boot: { phase: 'starting' },
  screen: { name: 'home' },
  lang: 'vi',
  pendingLookup: null,
  dataAsOf: null,
  session: 0,
  display: STANDARD_DISPLAY,
  awaitedCheck: null,
  earlyFreshness: null,
};

const newer = (a: string | null, b: string | null): string | null => {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
};

function screenFor(lookupId: number, result: LookupResult): Screen {
  switch (result.kind) {
    case 'found':
      return { name: 'result', lookupId, dossier: result.dossier, dataAsOf: result.dataAsOf, ...(result.freshness ? { freshness: result.freshness } : {}) };
    case 'unreadable':
      return { name: 'unreadable', lookupId, reason: result.reason };
    case 'not-found':
      return { name: 'not-found', lookupId, code: result.code, dataAsOf: result.dataAsOf, ...(result.freshness ? { freshness: result.freshness } : {}) };
    case 'other-agency':
      return { name: 'other-agency', lookupId, code: result.code, agency: result.agency, agencyName: result.agencyName };
    case 'wait':
      return { name: 'wait', lookupId, retryAfterSec: result.retryAfterSec };
  }
}

export function defaultLanguageOf(state: KioskState): Language {
  return state.boot.phase === 'ready' ? state.boot.info.defaultLanguage : 'vi';
}

export function kioskReducer(state: KioskState, action: KioskAction): KioskState {
  // A scan while the technician works (testing the scanner) must not throw them out.
  if (state.screen.name === 'technician' && action.type.startsWith('lookup-')) return { ...state, pendingLookup: null };
  switch (action.type) {
    case 'booted':
      return {
        ...state,
        boot: { phase: 'ready', info: action.info },
        lang: state.boot.phase === 'ready' ? state.lang : action.info.defaultLanguage,
        display: state.boot.phase === 'ready' ? state.display : displayDefaultsOf(action.info),
        dataAsOf: newer(state.dataAsOf, action.info.sync.lastSuccessAt),
      };
    case 'boot-failed':
      return state.boot.phase === 'ready' ? state : { ...state, boot: { phase: 'failed', failure: action.failure } };
    case 'info-refreshed':
      if (state.boot.phase !== 'ready') return kioskReducer(state, { type: 'booted', info: action.info });
      return { ...state, boot: { phase: 'ready', info: action.info }, dataAsOf: newer(state.dataAsOf, action.info.sync.lastSuccessAt) };
    case 'sync-status':
      if (state.boot.phase !== 'ready') return state;
      return {
        ...state,
        boot: { phase: 'ready', info: { ...state.boot.info, sync: action.sync, demo: action.sync.state === 'demo' } },
        dataAsOf: newer(state.dataAsOf, action.sync.lastSuccessAt),
      };
    case 'set-language':
      return { ...state, lang: action.lang, screen: state.screen.name === 'attract' ? { name: 'home' } : state.screen };
    case 'open-manual':
      return { ...state, screen: { name: 'manual' } };
    case 'open-catalogue':
      return { ...state, screen: action.screen };
    case 'lookup-slow':
      if ('lookupId' in state.screen && state.screen.lookupId >= action.lookupId) return state;
      return action.session === state.session ? { ...state, pendingLookup: action.lookupId } : state;
    case 'lookup-finished': {
      if (action.session !== state.session) return state;
      const asOf = 'dataAsOf' in action.result ? action.result.dataAsOf : null;
      const dataAsOf = newer(state.dataAsOf, asOf);
      const early = state.earlyFreshness;
      const awaited = awaitedCheckOf(action.lookupId, action.result);
      if (awaited && early?.checkId !== awaited.checkId) return { ...state, awaitedCheck: { ...awaited, screenBefore: state.screen }, dataAsOf };
      let screen = screenFor(action.lookupId, action.result);
      if (early && 'freshness' in screen && checkIdOf(screen.freshness) === early.checkId) screen = screenAfterCheck(action.lookupId, early);
      return { ...state, pendingLookup: null, screen, dataAsOf, awaitedCheck: null, earlyFreshness: null };
    }
    case 'dossier-freshness':
      return withCheckOutcome(state, action.outcome);
    case 'freshness-overdue':
      return withOverdueCheck(state, action.checkId);
    case 'lookup-failed':
      if (action.session !== state.session) return state;
      return { ...state, pendingLookup: null, screen: { name: 'out-of-service', failure: action.failure } };
    case 'reset':
      return {
        ...state,
        screen: { name: 'home' },
        lang: defaultLanguageOf(state),
        display: displayDefaultsOf(state.boot.phase === 'ready' ? state.boot.info : null),
        pendingLookup: null,
        session: state.session + 1,
        awaitedCheck: null,
        earlyFreshness: null,
      };
    case 'go-home':
      return { ...state, screen: { name: 'home' }, pendingLookup: null, session: state.session + 1, awaitedCheck: null, earlyFreshness: null };
    case 'show-attract':
      return state.screen.name === 'home' ? { ...state, screen: { name: 'attract' } } : state;
    case 'wake':
      return state.screen.name === 'attract' ? { ...state, screen: { name: 'home' } } : state;
    case 'open-statistics':
      return { ...state, screen: { name: 'statistics' } };
    case 'open-technician':
      return { ...state, screen: { name: 'technician' }, pendingLookup: null };
    case 'close-technician':
      return kioskReducer({ ...state, screen: { name: 'home' } }, { type: 'reset' });
    case 'set-display':
      return { ...state, display: { ...state.display, ...action.display } };
  }
}

/** A check ended: the awaited answer appears, or the answer on screen is updated in place (same lookup, no second scan). */
function withCheckOutcome(state: KioskState, outcome: DossierFreshness): KioskState {
  const awaited = state.awaitedCheck;
  const dataAsOf = newer(state.dataAsOf, outcome.dataAsOf);
  if (awaited?.checkId === outcome.checkId) {
    // The citizen moved on meanwhile (home, another screen, idle): the answer is not pushed at them.
    if (state.screen !== awaited.screenBefore) return { ...state, awaitedCheck: null };
    return { ...state, awaitedCheck: null, pendingLookup: null, screen: screenAfterCheck(awaited.lookupId, outcome), dataAsOf };
  }
  const { screen } = state;
  if ((screen.name === 'result' || screen.name === 'not-found') && checkIdOf(screen.freshness) === outcome.checkId) {
    return { ...state, screen: screenAfterCheck(screen.lookupId, outcome), dataAsOf };
  }
  return { ...state, earlyFreshness: outcome };
}

function withOverdueCheck(state: KioskState, checkId: number): KioskState {
  const awaited = state.awaitedCheck;
  if (awaited?.checkId === checkId) {
    if (state.screen !== awaited.screenBefore) return { ...state, awaitedCheck: null };
    const screen: Screen = { name: 'not-found', lookupId: awaited.lookupId, code: awaited.code, dataAsOf: awaited.dataAsOf, freshness: OVERDUE };
    return { ...state, awaitedCheck: null, pendingLookup: null, screen };
  }
  const { screen } = state;
  if ((screen.name === 'result' || screen.name === 'not-found') && checkIdOf(screen.freshness) === checkId) {
    return { ...state, screen: { ...screen, freshness: OVERDUE } };
  }
  return state;
}
