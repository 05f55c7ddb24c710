import { describe, expect, it } from 'vitest';
import type { KioskInfo } from '../../../../shared/contract/index.ts';
import { initialKioskState, kioskReducer } from '../../../../renderer/state/kiosk-state.ts';
import type { KioskAction, KioskState } from '../../../../renderer/state/kiosk-state.ts';

const info: KioskInfo = {
  version: '0.1.0',
  demo: true,
  siteName: 'Bộ phận Một cửa',
  defaultLanguage: 'vi',
  idleTimeoutSec: 90,
  sync: { state: 'demo', lastSuccessAt: null, lastError: null },
};

const run = (...actions: KioskAction[]): KioskState => actions.reduce(kioskReducer, initialKioskState);

describe('technician mode in the kiosk state', () => {
  it('opens over whatever the citizen left, and a scan meanwhile does not take the screen away', () => {
    const open = run({ type: 'booted', info }, { type: 'open-manual' }, { type: 'open-technician' });
    expect(open.screen).toEqual({ name: 'technician' });
    const scanned = [
      { type: 'lookup-slow', lookupId: 1, session: open.session },
      { type: 'lookup-finished', lookupId: 1, session: open.session, result: { kind: 'unreadable', reason: 'no-code' } },
    ] as const satisfies KioskAction[];
    const after = scanned.reduce(kioskReducer, open);
    expect(after.screen).toEqual({ name: 'technician' });
    expect(after.pendingLookup).toBeNull();
  });

  it('closes to a fresh home screen in the default language the technician may just have changed', () => {
    const open = run({ type: 'booted', info }, { type: 'set-language', lang: 'vi' }, { type: 'open-technician' });
    const changed = kioskReducer(open, { type: 'info-refreshed', info: { ...info, defaultLanguage: 'en', idleTimeoutSec: 60 } });
    const closed = kioskReducer(changed, { type: 'close-technician' });
    expect(closed.screen).toEqual({ name: 'home' });
    expect(closed.lang).toBe('en');
    expect(closed.session).toBe(open.session + 1);
    expect(closed.boot).toMatchObject({ phase: 'ready', info: { idleTimeoutSec: 60 } });
  });
});
