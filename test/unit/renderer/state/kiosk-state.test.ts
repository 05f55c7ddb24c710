import { describe, expect, it } from 'vitest';
import type { DossierView, KioskInfo } from '../../../../shared/contract/index.ts';
import { KioskFailure } from '../../../../renderer/api/kiosk-failure.ts';
import { initialKioskState, kioskReducer } from '../../../../renderer/state/kiosk-state.ts';
import type { KioskAction, KioskState } from '../../../../renderer/state/kiosk-state.ts';

const info: KioskInfo = {
  version: '0.1.0',
  demo: true,
  siteName: 'Bộ phận Một cửa',
  defaultLanguage: 'vi',
  idleTimeoutSec: 90,
  sync: { state: 'demo', lastSuccessAt: '2026-11-20T03:00:00.000Z', lastError: null },
};

const dossier: DossierView = {
  code: '000.00.12.H53-261120-0009',
  procedureCode: '1.001612',
  procedureName: 'Đăng ký thành lập hộ kinh doanh',
  fieldName: null,
  agencyName: null,
  applicantMasked: 'N*** V*** A',
  status: 2,
  receivedAt: '2026-11-20T02:00:00.000Z',
  dueAt: '2026-11-25T10:00:00.000Z',
  finishedAt: null,
  returnedAt: null,
  timing: 'in-progress',
  timeline: [],
  nextStep: { kind: 'wait' },
  updatedAt: '2026-11-20T02:00:00.000Z',
};

const run = (...actions: KioskAction[]): KioskState => actions.reduce(kioskReducer, initialKioskState);

describe('the kiosk state', () => {
  it('starts in the kiosk’s default language once the host says which', () => {
    expect(run({ type: 'booted', info: { ...info, defaultLanguage: 'en' } }).lang).toBe('en');
  });

  it('shows "looking up" for a slow lookup until its answer comes', () => {
    const state = run({ type: 'booted', info }, { type: 'lookup-slow', lookupId: 2, session: 0 });
    expect(state.pendingLookup).toBe(2);
    const done = kioskReducer(state, { type: 'lookup-finished', lookupId: 2, session: 0, result: { kind: 'found', dossier, dataAsOf: null } });
    expect(done.screen).toMatchObject({ name: 'result', lookupId: 2 });
    expect(done.pendingLookup).toBeNull();
  });

  it('maps every lookup outcome to its screen', () => {
    const after = (result: Parameters<typeof kioskReducer>[1] & { type: 'lookup-finished' }) =>
      run({ type: 'booted', info }, result).screen.name;
    expect(after({ type: 'lookup-finished', lookupId: 1, session: 0, result: { kind: 'unreadable', reason: 'bad-date' } })).toBe('unreadable');
    expect(after({ type: 'lookup-finished', lookupId: 1, session: 0, result: { kind: 'not-found', code: 'c', dataAsOf: null } })).toBe('not-found');
    expect(after({ type: 'lookup-finished', lookupId: 1, session: 0, result: { kind: 'other-agency', code: 'c', agency: 'a', agencyName: null } })).toBe('other-agency');
  });

  it('shows "out of service" when a lookup cannot reach the host', () => {
    const state = run(
      { type: 'booted', info },
      { type: 'lookup-failed', lookupId: 1, session: 0, failure: new KioskFailure('unreachable', null, 'down') },
    );
    expect(state.screen.name).toBe('out-of-service');
  });

  it('keeps the newest "data as of" from sync pushes and lookups', () => {
    const state = run(
      { type: 'booted', info },
      { type: 'sync-status', sync: { state: 'idle', lastSuccessAt: '2026-11-20T05:00:00.000Z', lastError: null } },
      { type: 'lookup-finished', lookupId: 1, session: 0, result: { kind: 'not-found', code: 'c', dataAsOf: '2026-11-20T04:00:00.000Z' } },
    );
    expect(state.dataAsOf).toBe('2026-11-20T05:00:00.000Z');
    expect(state.boot.phase === 'ready' && state.boot.info.demo).toBe(false);
  });

  it('forgets the last citizen on reset: screen, pending lookup and language', () => {
    const used = run(
      { type: 'booted', info },
      { type: 'set-language', lang: 'en' },
      { type: 'lookup-finished', lookupId: 1, session: 0, result: { kind: 'found', dossier, dataAsOf: null } },
      { type: 'lookup-slow', lookupId: 2, session: 0 },
    );
    const reset = kioskReducer(used, { type: 'reset' });
    expect(reset.screen).toEqual({ name: 'home' });
    expect(reset.lang).toBe('vi');
    expect(reset.pendingLookup).toBeNull();
    expect(reset.session).toBe(used.session + 1);
    // A late answer to the lookup that was in flight does not bring the old screen back.
    const late = { type: 'lookup-finished', lookupId: 2, session: used.session, result: { kind: 'found', dossier, dataAsOf: null } } as const;
    expect(kioskReducer(reset, late).screen.name).toBe('home');
    expect(kioskReducer(reset, { type: 'lookup-slow', lookupId: 2, session: used.session }).pendingLookup).toBeNull();
  });

  it('"back to the start" keeps the citizen’s language', () => {
    const state = run({ type: 'booted', info }, { type: 'set-language', lang: 'en' }, { type: 'open-manual' }, { type: 'go-home' });
    expect(state.screen.name).toBe('home');
    expect(state.lang).toBe('en');
  });

  it('a failed refresh never replaces a running kiosk with the failure screen', () => {
    const state = run({ type: 'booted', info }, { type: 'boot-failed', failure: new KioskFailure('unreachable', null, 'x') });
    expect(state.boot.phase).toBe('ready');
  });
});
