import { describe, expect, it } from 'vitest';
import { TAP_QUIET_MS, TapGuard } from '../../../../renderer/touch/tap-guard.ts';

describe('TapGuard', () => {
  const back = { name: 'back' };
  const other = { name: 'other' };
  const key = { name: 'keypad 0' };
  const onBack = { control: back, repeats: false };
  const onKey = { control: key, repeats: true };

  it('ignores a tap on any control within the quiet moment after a screen change a tap caused, and none after it', () => {
    const guard = new TapGuard();
    guard.acted(other, 990);
    guard.screenChanged(1000);
    expect(guard.ignoresTap(onBack, 1000 + 150)).toBe(true);
    expect(guard.ignoresTap(onKey, 1000 + TAP_QUIET_MS - 1)).toBe(true);
    expect(guard.ignoresTap(onBack, 1000 + TAP_QUIET_MS)).toBe(false);
  });

  it('takes a tap at once on a screen that changed by itself (a scan\'s answer, the idle reset)', () => {
    const guard = new TapGuard();
    guard.screenChanged(1000);
    expect(guard.ignoresTap(onBack, 1050)).toBe(false);
    guard.acted(other, 2000);
    guard.screenChanged(2000 + TAP_QUIET_MS + 300);
    expect(guard.ignoresTap(onBack, 2000 + TAP_QUIET_MS + 350)).toBe(false);
  });

  it('never ignores a tap on no control (the hidden technician corner counts every tap)', () => {
    const guard = new TapGuard();
    guard.screenChanged(1000);
    expect(guard.ignoresTap(null, 1001)).toBe(false);
  });

  it('ignores a second tap on the control that just acted, not a tap on another control', () => {
    const guard = new TapGuard();
    guard.acted(back, 5000);
    expect(guard.ignoresTap(onBack, 5120)).toBe(true);
    expect(guard.ignoresTap({ control: other, repeats: false }, 5120)).toBe(false);
    expect(guard.ignoresTap(onBack, 5000 + TAP_QUIET_MS)).toBe(false);
  });

  it('a control that repeats taps takes two quick taps, and ends the quiet moment of the control before it', () => {
    const guard = new TapGuard();
    guard.acted(key, 5000);
    expect(guard.ignoresTap(onKey, 5100)).toBe(false);
    guard.acted(back, 6000);
    guard.acted(key, 6100);
    expect(guard.ignoresTap(onBack, 6200)).toBe(false);
  });

  it('a screen change forgets the control that acted on the screen before', () => {
    const guard = new TapGuard();
    guard.acted(back, 5000);
    guard.screenChanged(5010);
    expect(guard.ignoresTap(onBack, 5010 + TAP_QUIET_MS + 1)).toBe(false);
  });

  it('lets the first tap of a fresh kiosk through', () => {
    expect(new TapGuard().ignoresTap(onBack, 10)).toBe(false);
  });
});
