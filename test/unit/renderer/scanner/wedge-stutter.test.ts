import { describe, expect, it, vi } from 'vitest';
import { WedgeDetector } from '../../../../renderer/scanner/wedge-detector.ts';
import type { WedgeScan, WedgeStep } from '../../../../renderer/scanner/wedge-detector.ts';
import { installWedgeListener } from '../../../../renderer/scanner/wedge-listener.ts';
import { typeText } from './wedge-helpers.ts';
import type { FakeKeyEvent } from './wedge-helpers.ts';

const CODE = '000.00.12.H53-230915-0003';

function feedThenWait(events: FakeKeyEvent[]) {
  const detector = new WedgeDetector();
  const steps: WedgeStep[] = events.map((e) => detector.key(e));
  const late = detector.silence();
  const scans = [...steps.flatMap((s) => (s.scan ? [s.scan] : [])), ...(late ? [late] : [])];
  return { steps, scans };
}

describe('a scanner that stutters', () => {
  it.each([45, 80, 120])('stays one scan across a %i ms pause after the burst began', (pause) => {
    const { scans, steps } = feedThenWait(typeText(CODE, { gap: (i) => (i === 15 ? pause : 4), suffix: 'Enter' }));
    expect(scans.map((s) => s.raw)).toEqual([CODE]);
    expect(steps.filter((s) => s.startsSequence)).toHaveLength(1);
  });

  it('stays one scan when it pauses before its eighth key', () => {
    const { scans, steps } = feedThenWait(typeText(CODE, { gap: (i) => (i === 3 || i === 6 ? 90 : 4), suffix: null }));
    expect(scans.map((s) => s.raw)).toEqual([CODE]);
    expect(steps.filter((s) => s.startsSequence)).toHaveLength(1);
  });

  it('is cut in two by a stall longer than the tolerated stutter (the limit)', () => {
    const { scans } = feedThenWait(typeText(CODE, { gap: (i) => (i === 12 ? 121 : 4), suffix: 'Enter' }));
    expect(scans.map((s) => s.raw)).toEqual([CODE.slice(0, 12), CODE.slice(12)]);
  });

  it('does not end early under the window listener, whose silence outlasts the stutter', () => {
    vi.useFakeTimers();
    vi.stubGlobal('HTMLInputElement', class {});
    vi.stubGlobal('HTMLTextAreaElement', class {});
    try {
      const keys = new Map<string, ((event: KeyboardEvent) => void)[]>();
      const win = {
        addEventListener: (type: string, l: (event: KeyboardEvent) => void) => keys.set(type, [...(keys.get(type) ?? []), l]),
        removeEventListener: () => undefined,
        setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
        clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
        document: { activeElement: null },
      } as unknown as Window;
      const scans: WedgeScan[] = [];
      const stop = installWedgeListener(win, (scan) => scans.push(scan));
      const events = typeText(CODE, { start: 0, gap: (i) => (i === 15 ? 110 : 4), suffix: null });
      let now = 0;
      for (const event of events) {
        vi.advanceTimersByTime(event.timeStamp - now);
        now = event.timeStamp;
        const dom = Object.assign({ ...event, type: 'keydown' }, { preventDefault: () => undefined, stopImmediatePropagation: () => undefined });
        for (const l of keys.get('keydown') ?? []) l(dom as unknown as KeyboardEvent);
      }
      vi.advanceTimersByTime(1_000);
      expect(scans.map((s) => s.raw)).toEqual([CODE]);
      stop();
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});

describe('a person typing with pauses a stutter might have', () => {
  it('is never a scan, even in rollover pairs 60–120 ms apart', () => {
    const gap = (i: number) => (i % 2 === 1 ? 12 : 60 + (i % 5) * 15);
    expect(feedThenWait(typeText('0001234567890123', { gap, suffix: 'Enter' })).scans).toEqual([]);
  });

  it('is never a scan at 45–120 ms per key', () => {
    expect(feedThenWait(typeText(CODE, { gap: (i) => 45 + (i * 37) % 76, suffix: 'Enter' })).scans).toEqual([]);
  });
});
