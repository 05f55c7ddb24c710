import { describe, expect, it } from 'vitest';
import type { DossierFreshness } from '../../../../shared/contract/answer-freshness.ts';
import type { DossierView, KioskInfo, LookupResult } from '../../../../shared/contract/index.ts';
import { initialKioskState, kioskReducer } from '../../../../renderer/state/kiosk-state.ts';
import type { KioskAction, KioskState } from '../../../../renderer/state/kiosk-state.ts';

const info: KioskInfo = {
  version: '0.1.0',
  demo: false,
  siteName: 'Trung tâm Phục vụ hành chính công',
  defaultLanguage: 'vi',
  idleTimeoutSec: 90,
  sync: { state: 'idle', lastSuccessAt: '2026-11-20T03:00:00.000Z', lastError: null },
};

const code = '000.00.12.H53-261120-0009';
const cached: DossierView = {
  code,
  procedureCode: '1.001612',
  procedureName: 'Đăng ký thành lập hộ kinh doanh',
  fieldName: null,
  agencyName: null,
  applicantMasked: 'N*** V*** A',
  status: 4,
  receivedAt: '2026-11-20T02:00:00.000Z',
  dueAt: '2026-11-25T10:00:00.000Z',
  finishedAt: null,
  returnedAt: null,
  timing: 'in-progress',
  timeline: [],
  nextStep: { kind: 'wait' },
  updatedAt: '2026-11-20T02:00:00.000Z',
};
const signed: DossierView = { ...cached, status: 9, finishedAt: '2026-11-21T08:00:00.000Z', timing: 'early', nextStep: { kind: 'collect', counter: null } };
const dataAsOf = '2026-11-20T03:00:00.000Z';
const confirmedAt = '2026-11-21T08:05:00.000Z';

const found = (checkId: number): LookupResult => ({ kind: 'found', dossier: cached, dataAsOf, freshness: { state: 'checking', checkId } });
const missing = (checkId: number): LookupResult => ({ kind: 'not-found', code, dataAsOf, freshness: { state: 'checking', checkId } });
const outcome = (checkId: number, dossier: DossierView | null): DossierFreshness => ({ checkId, code, dossier, dataAsOf, freshness: { state: 'confirmed', at: confirmedAt } });
const finished = (lookupId: number, result: LookupResult, session = 0): KioskAction => ({ type: 'lookup-finished', lookupId, session, result });
const run = (...actions: KioskAction[]): KioskState => actions.reduce(kioskReducer, kioskReducer(initialKioskState, { type: 'booted', info }));

describe('the answer on screen follows the server’s answer to the scan’s check', () => {
  it('shows the cached answer at once and replaces it in place when the server had a newer one', () => {
    const first = run(finished(1, found(7)));
    expect(first.screen).toMatchObject({ name: 'result', lookupId: 1, dossier: { status: 4 }, freshness: { state: 'checking', checkId: 7 } });
    const updated = kioskReducer(first, { type: 'dossier-freshness', outcome: outcome(7, signed) });
    // Same lookup: the screen is not remounted, the citizen scanned once.
    expect(updated.screen).toMatchObject({ name: 'result', lookupId: 1, dossier: { status: 9 }, freshness: { state: 'confirmed', at: confirmedAt } });
  });

  it('ignores the outcome of another check', () => {
    const first = run(finished(1, found(7)));
    const other = kioskReducer(first, { type: 'dossier-freshness', outcome: outcome(6, signed) });
    expect(other.screen).toBe(first.screen);
  });

  it('uses an outcome that came before its lookup’s answer', () => {
    const state = run({ type: 'dossier-freshness', outcome: outcome(7, signed) }, finished(1, found(7)));
    expect(state.screen).toMatchObject({ name: 'result', dossier: { status: 9 }, freshness: { state: 'confirmed' } });
    expect(state.earlyFreshness).toBeNull();
  });

  it('never flashes "not found" for a code the server is still being asked about', () => {
    const asking = run({ type: 'open-manual' }, finished(1, missing(3)));
    expect(asking.screen.name).toBe('manual');
    expect(kioskReducer(asking, { type: 'lookup-slow', lookupId: 1, session: 0 }).pendingLookup).toBe(1);
    const arrived = kioskReducer(kioskReducer(asking, { type: 'lookup-slow', lookupId: 1, session: 0 }), { type: 'dossier-freshness', outcome: outcome(3, signed) });
    expect(arrived.screen).toMatchObject({ name: 'result', lookupId: 1, dossier: { status: 9 } });
    expect(arrived.pendingLookup).toBeNull();
    const stillMissing = kioskReducer(asking, { type: 'dossier-freshness', outcome: outcome(3, null) });
    expect(stillMissing.screen).toMatchObject({ name: 'not-found', code, freshness: { state: 'confirmed' } });
  });

  it('does not push an answer at a citizen who went home meanwhile, nor at the next one', () => {
    const asking = run(finished(1, missing(3)));
    const home = kioskReducer(asking, { type: 'go-home' });
    expect(kioskReducer(home, { type: 'dossier-freshness', outcome: outcome(3, signed) }).screen.name).toBe('home');
    const idle = kioskReducer(run(finished(1, found(4))), { type: 'reset' });
    expect(kioskReducer(idle, { type: 'dossier-freshness', outcome: outcome(4, signed) }).screen.name).toBe('home');
  });

  it('an outcome that never comes leaves the answer marked unconfirmed, and no "looking up" behind', () => {
    const shown = kioskReducer(run(finished(1, found(5))), { type: 'freshness-overdue', checkId: 5 });
    expect(shown.screen).toMatchObject({ name: 'result', dossier: { status: 4 }, freshness: { state: 'unconfirmed', reason: 'failed' } });
    const waiting = run(finished(2, missing(6)), { type: 'lookup-slow', lookupId: 2, session: 0 });
    const overdue = kioskReducer(waiting, { type: 'freshness-overdue', checkId: 6 });
    expect(overdue.screen).toMatchObject({ name: 'not-found', code, freshness: { state: 'unconfirmed' } });
    expect(overdue.pendingLookup).toBeNull();
  });

  it('a lookup already answered does not show "looking up" late', () => {
    const answered = run(finished(2, found(9)));
    expect(kioskReducer(answered, { type: 'lookup-slow', lookupId: 2, session: 0 }).pendingLookup).toBeNull();
  });
});
