import { describe, expect, it } from 'vitest';
import type { KioskInfo } from '../../../../shared/contract/index.ts';
import type { CatalogueScreen } from '../../../../renderer/procedures/catalogue-screen.ts';
import { idlePhase } from '../../../../renderer/state/idle.ts';
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

const run = (...actions: KioskAction[]): KioskState => actions.reduce(kioskReducer, initialKioskState);
const open = (screen: CatalogueScreen): KioskAction => ({ type: 'open-catalogue', screen });

const fields: CatalogueScreen = { name: 'fields', back: null };
const list: CatalogueScreen = { name: 'procedures', field: 'Hộ tịch', page: 2, back: fields };
const detail: CatalogueScreen = { name: 'procedure', code: '1.001193', back: list };
const search: CatalogueScreen = { name: 'search', query: 'khai sinh', field: null, back: null };

describe('catalogue navigation in the kiosk state', () => {
  it('opens each catalogue screen, remembering where "Back" goes', () => {
    const state = run({ type: 'booted', info }, open(fields), open(list), open(detail));
    expect(state.screen).toEqual(detail);
    // Back from the detail: the same page of the same field.
    const back = kioskReducer(state, open((state.screen as Extract<CatalogueScreen, { name: 'procedure' }>).back!));
    expect(back.screen).toEqual({ name: 'procedures', field: 'Hộ tịch', page: 2, back: fields });
  });

  it('forgets the search and the procedure on reset (idle), like every other screen', () => {
    const used = run({ type: 'booted', info }, { type: 'set-language', lang: 'en' }, open(search), open({ name: 'procedure', code: '1.001193', back: search }));
    const reset = kioskReducer(used, { type: 'reset' });
    expect(reset.screen).toEqual({ name: 'home' });
    expect(reset.lang).toBe('vi');
    expect(reset.session).toBe(used.session + 1);
    expect(JSON.stringify(reset)).not.toContain('khai sinh');
  });

  it('a scan answered while searching replaces the search with the dossier', () => {
    const state = run({ type: 'booted', info }, open(search), {
      type: 'lookup-finished',
      lookupId: 1,
      session: 0,
      result: { kind: 'not-found', code: '000.00.12.H53-261120-9999', dataAsOf: null },
    });
    expect(state.screen.name).toBe('not-found');
  });

  it('runs the idle countdown on the catalogue screens too (only home, in its own language, is exempt)', () => {
    // App enables the idle timer for any screen but home; the timer itself is screen-blind.
    for (const screen of [fields, list, detail, search]) {
      const state = run({ type: 'booted', info }, open(screen));
      expect(state.screen.name).not.toBe('home');
    }
    expect(idlePhase(90_000, 0, 90)).toEqual({ kind: 'expired' });
  });
});
