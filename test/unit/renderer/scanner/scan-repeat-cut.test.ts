import { describe, expect, it, vi } from 'vitest';
import { ScanRepeatFilter } from '../../../../renderer/scanner/scan-repeat-filter.ts';
import { SILENCE_MS, installWedgeListener } from '../../../../renderer/scanner/wedge-listener.ts';
import { fakeKeyWindow, onFakeKeyWindowTimers, typeText } from './wedge-helpers.ts';

const CODE = '000.00.12.H53-261120-0009';
const REREAD_MS = 300;

/**
 * The keyboard wedge as App.tsx takes it: a scan the repeat filter does not call a repeat starts
 * a lookup, and a person's typing is activity. Both make the idle timer start again.
 */
function kioskWedge() {
  const { win, press } = fakeKeyWindow();
  const filter = new ScanRepeatFilter();
  const lookups: string[] = [];
  let typed = 0;
  installWedgeListener(
    win,
    (scan) => {
      if (!filter.isRepeat(scan.raw, scan.completedByKeyAt)) lookups.push(scan.raw);
    },
    {},
    () => typed++,
  );
  return { press, lookups, typed: () => typed };
}

describe('a receipt left under a presentation-mode scanner, on a machine that stalls', () => {
  onFakeKeyWindowTimers();

  it('is looked up once and is no activity, even when stalls cut its re-reads at any key', () => {
    const kiosk = kioskWedge();
    const burstLength = typeText(CODE, { suffix: 'Enter' }).length;
    // One re-read every 300 ms by the scanner's clock; each is cut at another key, before and after
    // the eight keys that prove a burst to be a scanner's, and its rest arrives after a stall.
    for (let read = 0; read < 2 * burstLength; read++) {
      const burst = typeText(CODE, { start: 1_000 + read * REREAD_MS, gap: 3, suffix: 'Enter' });
      const cut = read % burstLength;
      burst.slice(0, cut).forEach(kiosk.press);
      vi.advanceTimersByTime(SILENCE_MS + 400);
      burst.slice(cut).forEach(kiosk.press);
      vi.advanceTimersByTime(REREAD_MS);
    }
    expect(kiosk.lookups).toEqual([CODE]);
    expect(kiosk.typed()).toBe(0);
  });

  it('taken away and shown again, or replaced by another receipt, it is a new lookup', () => {
    const kiosk = kioskWedge();
    const other = CODE.replace('0009', '0010');
    const reads = [
      { code: CODE, at: 1_000 },
      { code: CODE, at: 1_300 },
      { code: CODE, at: 4_000 },
      { code: other, at: 4_300 },
      { code: other, at: 4_600 },
    ];
    for (const { code, at } of reads) {
      const burst = typeText(code, { start: at, gap: 3, suffix: 'Enter' });
      // Cut after 20 of the code's keys: the part is the same for both codes.
      burst.slice(0, 20).forEach(kiosk.press);
      vi.advanceTimersByTime(SILENCE_MS + 400);
      burst.slice(20).forEach(kiosk.press);
      vi.advanceTimersByTime(REREAD_MS);
    }
    expect(kiosk.lookups.filter((raw) => raw === CODE || raw === other)).toEqual([CODE, CODE, other]);
    expect(kiosk.typed()).toBe(0);
  });
});
