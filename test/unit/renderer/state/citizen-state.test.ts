import { describe, expect, it } from 'vitest';
import type { DossierView, KioskInfo } from '../../../../shared/contract/index.ts';
import { isAtRest } from '../../../../renderer/attract/at-rest.ts';
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

const dossier = {
  code: '000.00.12.H53-261120-0009',
  procedureCode: null,
  procedureName: 'Đăng ký thành lập hộ kinh doanh',
  fieldName: null,
  agencyName: null,
  applicantMasked: null,
  status: 2,
  receivedAt: '2026-11-20T02:00:00.000Z',
  dueAt: null,
  finishedAt: null,
  returnedAt: null,
  timing: 'not-applicable',
  timeline: [],
  nextStep: { kind: 'wait' },
  updatedAt: '2026-11-20T02:00:00.000Z',
} satisfies DossierView;

const run = (...actions: KioskAction[]): KioskState => actions.reduce(kioskReducer, initialKioskState);

describe('attract screen', () => {
  it('comes only from home, and any touch returns to home in the same session', () => {
    const attract = run({ type: 'booted', info }, { type: 'show-attract' });
    expect(attract.screen).toEqual({ name: 'attract' });
    expect(attract.session).toBe(0);
    expect(kioskReducer(attract, { type: 'wake' }).screen).toEqual({ name: 'home' });
    const manual = run({ type: 'booted', info }, { type: 'open-manual' }, { type: 'show-attract' });
    expect(manual.screen.name).toBe('manual');
    expect(kioskReducer(manual, { type: 'wake' }).screen.name).toBe('manual');
  });

  it('gives way to a scan’s result, and to home when a language is chosen', () => {
    const attract = run({ type: 'booted', info }, { type: 'show-attract' });
    const found = kioskReducer(attract, { type: 'lookup-finished', lookupId: 1, session: 0, result: { kind: 'found', dossier, dataAsOf: null } });
    expect(found.screen.name).toBe('result');
    const english = kioskReducer(attract, { type: 'set-language', lang: 'en' });
    expect(english).toMatchObject({ lang: 'en', screen: { name: 'home' } });
  });
});

describe('display modes', () => {
  it('start at the site’s defaults, change at the citizen’s touch, and return to the defaults at idle', () => {
    const site = { ...info, accessibility: { largeText: false, highContrast: true } };
    const booted = run({ type: 'booted', info: site });
    expect(booted.display).toEqual({ largeText: false, highContrast: true });
    const changed = kioskReducer(booted, { type: 'set-display', display: { largeText: true, highContrast: false } });
    expect(changed.display).toEqual({ largeText: true, highContrast: false });
    expect(kioskReducer(changed, { type: 'go-home' }).display).toEqual({ largeText: true, highContrast: false });
    expect(kioskReducer(changed, { type: 'reset' }).display).toEqual({ largeText: false, highContrast: true });
  });

  it('default to standard when the host does not say', () => {
    expect(run({ type: 'booted', info }).display).toEqual({ largeText: false, highContrast: false });
  });
});

describe('at rest', () => {
  it('is home or the attract screen in the site’s language and display modes', () => {
    const home = run({ type: 'booted', info });
    expect(isAtRest(home)).toBe(true);
    expect(isAtRest(kioskReducer(home, { type: 'show-attract' }))).toBe(true);
    expect(isAtRest(kioskReducer(home, { type: 'set-language', lang: 'en' }))).toBe(false);
    expect(isAtRest(kioskReducer(home, { type: 'set-display', display: { largeText: true } }))).toBe(false);
    expect(isAtRest(kioskReducer(home, { type: 'open-statistics' }))).toBe(false);
    expect(isAtRest(initialKioskState)).toBe(false);
  });
});
