import { describe, expect, it, vi } from 'vitest';
import { SILENCE_MS, TYPING_VERDICT_MS, installWedgeListener } from '../../../../renderer/scanner/wedge-listener.ts';
import type { WedgeScan } from '../../../../renderer/scanner/wedge-detector.ts';
import { fakeKeyWindow as fakeWindow, keyEvent, onFakeKeyWindowTimers, typeText } from './wedge-helpers.ts';

const CODE = '000.12.12.H53-261112-0015';

describe('the window key listener', () => {
  onFakeKeyWindowTimers();

  it('does not cut a burst whose keys reach a busy page late and unevenly', () => {
    const { win, press } = fakeWindow();
    const scans: WedgeScan[] = [];
    installWedgeListener(win, (scan) => scans.push(scan));
    // Pressed 3 ms apart, but handled up to 45 ms apart because the page was busy.
    const events = typeText(CODE, { gap: 3 });
    events.forEach((event, i) => {
      press(event);
      vi.advanceTimersByTime(i % 5 === 0 ? 45 : 10);
    });
    expect(scans).toEqual([]);
    vi.advanceTimersByTime(SILENCE_MS);
    expect(scans.map((s) => s.raw)).toEqual([CODE]);
    expect(scans[0]!.endedBy).toBe('silence');
  });

  it('when a stall outlasts the silence, the whole code still comes last', () => {
    const { win, press } = fakeWindow();
    const scans: WedgeScan[] = [];
    installWedgeListener(win, (scan) => scans.push(scan));
    const events = typeText(CODE, { gap: 3, suffix: 'Enter' });
    events.forEach((event, i) => {
      press(event);
      vi.advanceTimersByTime(i === 15 ? SILENCE_MS + 50 : 5);
    });
    expect(scans.length).toBeGreaterThanOrEqual(1);
    expect(scans.at(-1)!.raw).toBe(CODE);
    expect(scans.at(-1)!.endedBy).toBe('enter');
  });

  it('eats the suffix Enter of a scan and leaves a person’s Enter alone', () => {
    const { win, press } = fakeWindow();
    const scans: WedgeScan[] = [];
    installWedgeListener(win, (scan) => scans.push(scan));
    const burst = typeText(CODE, { gap: 2, suffix: 'Enter' });
    const pressed = burst.map((e) => press(e));
    expect(scans.map((s) => s.raw)).toEqual([CODE]);
    expect(pressed.at(-1)!.defaultPrevented).toBe(true);
    expect(pressed.slice(0, -1).some((e) => e.defaultPrevented)).toBe(false);

    vi.advanceTimersByTime(1000);
    const slow = typeText('12345678', { start: 10_000, gap: 150, suffix: 'Enter' });
    const slowPressed = slow.map((e) => {
      const dom = press(e);
      vi.advanceTimersByTime(150);
      return dom;
    });
    expect(scans).toHaveLength(1);
    expect(slowPressed.some((e) => e.defaultPrevented)).toBe(false);
  });

  it('reports a person’s typing once per pause, and never a scanner’s burst (with or without a suffix)', () => {
    const { win, press } = fakeWindow();
    const scans: WedgeScan[] = [];
    let typed = 0;
    installWedgeListener(win, (scan) => scans.push(scan), {}, () => typed++);
    for (const suffix of ['Enter', null] as const) {
      typeText(CODE, { gap: 3, suffix }).forEach((event) => {
        press(event);
        vi.advanceTimersByTime(3);
      });
      // A scanner seen to send a suffix gets the verdict time for it before a burst counts as ended.
      vi.advanceTimersByTime(TYPING_VERDICT_MS + SILENCE_MS);
    }
    expect(scans.map((s) => s.raw)).toEqual([CODE, CODE]);
    expect(typed).toBe(0);

    typeText('12', { start: 50_000, gap: 200, suffix: null }).forEach((event) => {
      press(event);
      vi.advanceTimersByTime(200);
    });
    // The '1' is judged by the '2', 200 ms after it by its timestamp: a person's pace.
    expect(typed).toBe(1);
    vi.advanceTimersByTime(SILENCE_MS + TYPING_VERDICT_MS);
    expect(typed).toBe(2);
    press(keyEvent('Backspace', 60_000));
    vi.advanceTimersByTime(SILENCE_MS + TYPING_VERDICT_MS);
    expect(typed).toBe(3);
    expect(scans).toHaveLength(2);
  });

  it('once its scanner has sent a suffix, a burst a stall cut is one scan, never looked up in part', () => {
    const { win, press } = fakeWindow();
    const scans: WedgeScan[] = [];
    installWedgeListener(win, (scan) => scans.push(scan));
    typeText(CODE, { start: 1_000, gap: 3, suffix: 'Enter' }).forEach(press);
    const cutBurst = typeText(CODE, { start: 5_000, gap: 3, suffix: 'Enter' });
    cutBurst.slice(0, 20).forEach(press);
    vi.advanceTimersByTime(TYPING_VERDICT_MS - 50);
    cutBurst.slice(20).forEach(press);
    expect(scans.map((s) => [s.raw, s.endedBy])).toEqual([
      [CODE, 'enter'],
      [CODE, 'enter'],
    ]);
    // A burst that never gets its suffix (the scanner was set without one) still comes, after the verdict time.
    typeText(CODE, { start: 10_000, gap: 3, suffix: null }).forEach(press);
    vi.advanceTimersByTime(TYPING_VERDICT_MS);
    expect(scans.at(-1)).toMatchObject({ raw: CODE, endedBy: 'silence', firstKeyAt: 10_000 });
  });

  it('a lone key is a person’s once no key has followed it for the verdict time', () => {
    const { win, press } = fakeWindow();
    let typed = 0;
    installWedgeListener(win, () => undefined, {}, () => typed++);
    press(keyEvent('ShiftLeft', 5_000, { key: 'Shift', shiftKey: true }));
    vi.advanceTimersByTime(SILENCE_MS + TYPING_VERDICT_MS - 10);
    expect(typed).toBe(0);
    vi.advanceTimersByTime(10);
    expect(typed).toBe(1);
  });

  it('a burst that a stall cut at any key is one scan and no person’s typing, however long the stall within the verdict time', () => {
    const burst = typeText(CODE, { start: 1_000, gap: 3, suffix: 'Enter' });
    for (let cut = 1; cut < burst.length; cut++) {
      const { win, press } = fakeWindow();
      const scans: WedgeScan[] = [];
      let typed = 0;
      installWedgeListener(win, (scan) => scans.push(scan), {}, () => typed++);
      burst.slice(0, cut).forEach(press);
      // The rest of the burst, pressed 3 ms later, reaches the page only after the stall.
      vi.advanceTimersByTime(SILENCE_MS + TYPING_VERDICT_MS - 50);
      burst.slice(cut).forEach(press);
      vi.advanceTimersByTime(SILENCE_MS + TYPING_VERDICT_MS);
      expect({ cut, last: scans.at(-1)?.raw, typed }).toEqual({ cut, last: CODE, typed: 0 });
    }
  });

  it('stops listening when uninstalled', () => {
    const { win, press, listeners } = fakeWindow();
    const scans: WedgeScan[] = [];
    const uninstall = installWedgeListener(win, (scan) => scans.push(scan));
    uninstall();
    expect(listeners.get('keydown')).toEqual([]);
    typeText(CODE, { suffix: 'Enter' }).forEach(press);
    expect(scans).toEqual([]);
  });
});
