import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SILENCE_MS, installWedgeListener } from '../../../../renderer/scanner/wedge-listener.ts';
import type { WedgeScan } from '../../../../renderer/scanner/wedge-detector.ts';
import { keyEvent, typeText } from './wedge-helpers.ts';
import type { FakeKeyEvent } from './wedge-helpers.ts';

const CODE = '000.12.12.H53-261112-0015';

type Listener = (event: KeyboardEvent) => void;

/** Just enough of a window for the listener: key listeners, timers, no focused field. */
function fakeWindow() {
  const listeners = new Map<string, Listener[]>();
  const win = {
    addEventListener: (type: string, listener: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    removeEventListener: (type: string, listener: Listener) => listeners.set(type, (listeners.get(type) ?? []).filter((l) => l !== listener)),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    document: { activeElement: null },
  };
  const press = (event: FakeKeyEvent) => {
    const dom = { ...event, type: 'keydown', defaultPrevented: false } as unknown as KeyboardEvent & { defaultPrevented: boolean };
    Object.assign(dom, {
      preventDefault: () => Object.assign(dom, { defaultPrevented: true }),
      stopImmediatePropagation: () => undefined,
    });
    for (const listener of listeners.get('keydown') ?? []) listener(dom);
    return dom;
  };
  return { win: win as unknown as Window, press, listeners };
}

describe('the window key listener', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('HTMLInputElement', class {});
    vi.stubGlobal('HTMLTextAreaElement', class {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

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
      vi.advanceTimersByTime(SILENCE_MS * 3);
    }
    expect(scans.map((s) => s.raw)).toEqual([CODE, CODE]);
    expect(typed).toBe(0);

    typeText('12', { start: 50_000, gap: 200, suffix: null }).forEach((event) => {
      press(event);
      vi.advanceTimersByTime(200);
    });
    vi.advanceTimersByTime(SILENCE_MS);
    expect(typed).toBe(2);
    press(keyEvent('Backspace', 60_000));
    vi.advanceTimersByTime(SILENCE_MS);
    expect(typed).toBe(3);
    expect(scans).toHaveLength(2);
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
