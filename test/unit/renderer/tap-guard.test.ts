import { describe, expect, it } from 'vitest';
import { TAP_QUIET_MS, TapGuard } from '../../../renderer/touch/tap-guard.ts';

describe('TapGuard', () => {
  const back = { name: 'back' };
  const other = { name: 'other' };

  it('ignores any tap within the quiet moment after a screen change, and none after it', () => {
    const guard = new TapGuard();
    guard.screenChanged(1000);
    expect(guard.ignoresTap(back, 1000 + 150)).toBe(true);
    expect(guard.ignoresTap(null, 1000 + TAP_QUIET_MS - 1)).toBe(true);
    expect(guard.ignoresTap(back, 1000 + TAP_QUIET_MS)).toBe(false);
  });

  it('ignores a second tap on the control that just acted, not a tap on another control', () => {
    const guard = new TapGuard();
    guard.acted(back, 5000);
    expect(guard.ignoresTap(back, 5120)).toBe(true);
    expect(guard.ignoresTap(other, 5120)).toBe(false);
    expect(guard.ignoresTap(null, 5120)).toBe(false);
    expect(guard.ignoresTap(back, 5000 + TAP_QUIET_MS)).toBe(false);
  });

  it('a screen change forgets the control that acted on the screen before', () => {
    const guard = new TapGuard();
    guard.acted(back, 5000);
    guard.screenChanged(5010);
    expect(guard.ignoresTap(back, 5010 + TAP_QUIET_MS + 1)).toBe(false);
  });

  it('lets the first tap of a fresh kiosk through', () => {
    expect(new TapGuard().ignoresTap(back, 10)).toBe(false);
  });
});
