import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyboardReportDecoder } from '../../../../electron/scanners/hid/keyboard-report.ts';
import type { KeyboardStep } from '../../../../electron/scanners/hid/keyboard-report.ts';
import { hex } from './fakes.ts';

const RELEASE = '00 00 00 00 00 00 00 00';

/** A keyboard-mode scanner typing `H5-` and Enter: each key a press report, then a release report. */
const TYPED_H5_DASH_ENTER = [
  '02 00 0b 00 00 00 00 00', // Left Shift + h → H
  RELEASE,
  '00 00 22 00 00 00 00 00', // 5
  RELEASE,
  '00 00 2d 00 00 00 00 00', // -
  RELEASE,
  '00 00 28 00 00 00 00 00', // Enter
  RELEASE,
].map(hex);

function feed(reports: Uint8Array[], decoder = new KeyboardReportDecoder()): KeyboardStep[] {
  return reports.map((r) => decoder.push(r));
}
const scansOf = (steps: KeyboardStep[]) => steps.flatMap((s) => (s.kind === 'scan' ? [s] : []));

const US: Record<string, [number, boolean]> = {};
'abcdefghijklmnopqrstuvwxyz'.split('').forEach((c, i) => {
  US[c] = [0x04 + i, false];
  US[c.toUpperCase()] = [0x04 + i, true];
});
'1234567890'.split('').forEach((c, i) => (US[c] = [0x1e + i, false]));
Object.assign(US, { '-': [0x2d, false], '.': [0x37, false], '/': [0x38, false], ':': [0x33, true], '?': [0x38, true], '=': [0x2e, false], '&': [0x24, true], '_': [0x2d, true] });

/** Press and release reports for `text` on a US layout, with Shift where needed. */
function typed(text: string, suffix: 'enter' | 'tab' | null = 'enter'): Uint8Array[] {
  const reports: Uint8Array[] = [];
  for (const char of text) {
    const [usage, shift] = US[char]!;
    reports.push(Uint8Array.from([shift ? 0x02 : 0, 0, usage, 0, 0, 0, 0, 0]), new Uint8Array(8));
  }
  if (suffix) reports.push(Uint8Array.from([0, 0, suffix === 'enter' ? 0x28 : 0x2b, 0, 0, 0, 0, 0]), new Uint8Array(8));
  return reports;
}

describe('keyboard boot reports', () => {
  it('type characters with Shift, and Enter ends the scan', () => {
    const steps = feed(TYPED_H5_DASH_ENTER);
    expect(scansOf(steps)).toEqual([{ kind: 'scan', text: 'H5-', endedBy: 'enter' }]);
  });

  it('read the right Shift and a numbered (9-byte) report alike', () => {
    const reports = ['01 20 00 0b 00 00 00 00 00', '01 00 00 00 00 00 00 00 00', '01 00 00 2b 00 00 00 00 00'].map(hex);
    expect(scansOf(feed(reports))).toEqual([{ kind: 'scan', text: 'H', endedBy: 'tab' }]);
  });

  it('type a key again only after it was released', () => {
    const held = ['00 00 27 00 00 00 00 00', '00 00 27 00 00 00 00 00', RELEASE, '00 00 27 00 00 00 00 00', '00 00 28 00 00 00 00 00'].map(hex);
    expect(scansOf(feed(held))[0]?.text).toBe('00');
  });

  it('take a new key in a report that still holds the previous one', () => {
    const rolling = ['00 00 1e 00 00 00 00 00', '00 00 1e 1f 00 00 00 00', '00 00 1f 20 00 00 00 00', '00 00 28 00 00 00 00 00'].map(hex);
    expect(scansOf(feed(rolling))[0]?.text).toBe('123');
  });

  it('ignore a rollover error report, saying so', () => {
    const steps = feed(['00 00 1e 00 00 00 00 00', '00 00 01 01 01 01 01 01', RELEASE, '00 00 1f 00 00 00 00 00', '00 00 28 00 00 00 00 00'].map(hex));
    expect(steps[1]).toEqual({ kind: 'ignored', reason: 'key rollover error' });
    expect(scansOf(steps)[0]?.text).toBe('12');
  });

  it('send control characters with Ctrl: GS (Ctrl+]) between GS1 fields', () => {
    const reports = ['00 00 1e 00 00 00 00 00', RELEASE, '01 00 30 00 00 00 00 00', RELEASE, '00 00 1f 00 00 00 00 00', '00 00 28 00 00 00 00 00'].map(hex);
    expect(scansOf(feed(reports))[0]?.text).toBe('1\u001d2');
  });

  it('read the numeric keypad, and keypad Enter as Enter', () => {
    const reports = ['00 00 59 00 00 00 00 00', RELEASE, '00 00 63 00 00 00 00 00', RELEASE, '00 00 62 00 00 00 00 00', '00 00 58 00 00 00 00 00'].map(hex);
    expect(scansOf(feed(reports))[0]?.text).toBe('1.0');
  });

  it('drop Alt/GUI shortcuts and keys that are not characters', () => {
    const reports = ['04 00 04 00 00 00 00 00', RELEASE, '00 00 4f 00 00 00 00 00', RELEASE, '00 00 05 00 00 00 00 00', '00 00 28 00 00 00 00 00'].map(hex);
    expect(scansOf(feed(reports))[0]?.text).toBe('b');
  });

  it('without a suffix, leave the scan to be flushed after a silence', () => {
    const decoder = new KeyboardReportDecoder();
    const steps = feed(typed('000.00.12.H53-230915-0003', null), decoder);
    expect(scansOf(steps)).toEqual([]);
    expect(decoder.flush()).toBe('000.00.12.H53-230915-0003');
    expect(decoder.flush()).toBeNull();
  });

  it('refuse reports that are not boot reports, and Enter with nothing typed is no scan', () => {
    expect(feed([hex('00 00 04 00')])[0]).toEqual({ kind: 'ignored', reason: 'not a keyboard boot report (4 bytes)' });
    expect(scansOf(feed([hex('00 00 28 00 00 00 00 00')]))).toEqual([]);
  });

  it('type any URL-ish text a US-layout scanner sends, exactly', () => {
    const alphabet = Object.keys(US);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 120 }), (chars) => {
        const text = chars.join('');
        expect(scansOf(feed(typed(text)))).toEqual([{ kind: 'scan', text, endedBy: 'enter' }]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on arbitrary reports', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 7, maxLength: 10 }), { maxLength: 40 }), (reports) => {
        const decoder = new KeyboardReportDecoder();
        for (const step of feed(reports, decoder)) if (step.kind === 'ignored') expect(step.reason).not.toBe('');
        decoder.flush();
      }),
      { numRuns: 2000 },
    );
  });
});
