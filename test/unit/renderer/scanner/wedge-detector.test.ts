import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUsKey, usKeyForChar } from '../../../../renderer/scanner/us-key-map.ts';
import { WedgeDetector } from '../../../../renderer/scanner/wedge-detector.ts';
import type { WedgeScan, WedgeStep } from '../../../../renderer/scanner/wedge-detector.ts';
import { keyEvent, typeText } from './wedge-helpers.ts';
import type { FakeKeyEvent } from './wedge-helpers.ts';

const CODE = '000.00.12.H53-230915-0003';

function feed(events: FakeKeyEvent[], detector = new WedgeDetector()) {
  const steps: WedgeStep[] = events.map((e) => detector.key(e));
  const scans = steps.flatMap((s) => (s.scan ? [s.scan] : []));
  return { detector, steps, scans };
}

/** Feeds the events, then reports the silence after the last one. */
function feedThenWait(events: FakeKeyEvent[], detector = new WedgeDetector()) {
  const run = feed(events, detector);
  const late = detector.silence();
  return { ...run, scans: late ? [...run.scans, late] : run.scans };
}

describe('US key map', () => {
  it('decodes letters and digits with and without Shift', () => {
    expect(decodeUsKey({ code: 'KeyA', shiftKey: false })).toBe('a');
    expect(decodeUsKey({ code: 'KeyA', shiftKey: true })).toBe('A');
    expect(decodeUsKey({ code: 'Digit0', shiftKey: false })).toBe('0');
    expect(decodeUsKey({ code: 'Digit1', shiftKey: true })).toBe('!');
  });

  it('decodes the punctuation of codes and URLs', () => {
    const cases: [string, boolean, string][] = [
      ['Minus', false, '-'], ['Minus', true, '_'], ['Period', false, '.'], ['Slash', false, '/'],
      ['Slash', true, '?'], ['Semicolon', true, ':'], ['Semicolon', false, ';'], ['Equal', false, '='],
      ['Equal', true, '+'], ['Backslash', false, '\\'], ['BracketLeft', false, '['], ['BracketRight', true, '}'],
      ['Quote', false, "'"], ['Quote', true, '"'], ['Comma', false, ','], ['Space', false, ' '],
      ['Digit5', true, '%'], ['Digit7', true, '&'], ['Backquote', true, '~'],
    ];
    for (const [code, shiftKey, char] of cases) expect(decodeUsKey({ code, shiftKey }), code).toBe(char);
  });

  it('reads the numeric keypad as digits and operators whatever Shift says', () => {
    expect(decodeUsKey({ code: 'Numpad7', shiftKey: false })).toBe('7');
    expect(decodeUsKey({ code: 'Numpad7', shiftKey: true })).toBe('7');
    expect(decodeUsKey({ code: 'NumpadDecimal', shiftKey: false })).toBe('.');
    expect(decodeUsKey({ code: 'NumpadSubtract', shiftKey: false })).toBe('-');
    expect(decodeUsKey({ code: 'NumpadDivide', shiftKey: false })).toBe('/');
  });

  it('gives nothing for keys that are not characters', () => {
    for (const code of ['ArrowLeft', 'Backspace', 'Escape', 'F5', 'ShiftLeft', 'Enter', 'Tab', '']) {
      expect(decodeUsKey({ code, shiftKey: false }), code).toBeNull();
    }
  });

  it('round-trips every printable ASCII character', () => {
    for (let c = 0x20; c < 0x7f; c++) {
      const char = String.fromCharCode(c);
      const key = usKeyForChar(char);
      expect(key, char).not.toBeNull();
      expect(decodeUsKey(key!)).toBe(char);
    }
  });
});

describe('a scanner burst', () => {
  it('ending with Enter is one scan, and the Enter is consumed', () => {
    const { scans, steps } = feed(typeText(CODE, { gap: 3, suffix: 'Enter' }));
    expect(scans.map((s) => s.raw)).toEqual([CODE]);
    expect(scans[0]!.endedBy).toBe('enter');
    expect(steps.at(-1)!.consume).toBe(true);
    expect(steps.slice(0, -1).every((s) => !s.consume)).toBe(true);
  });

  it('ending with Tab or keypad Enter is one scan', () => {
    expect(feed(typeText(CODE, { suffix: 'Tab' })).scans[0]).toMatchObject({ raw: CODE, endedBy: 'tab' });
    expect(feed(typeText(CODE, { suffix: 'NumpadEnter' })).scans[0]).toMatchObject({ raw: CODE, endedBy: 'enter' });
  });

  it('without a suffix ends by a short silence', () => {
    const events = typeText(CODE, { gap: 5 });
    const detector = new WedgeDetector();
    expect(feed(events, detector).scans).toEqual([]);
    const last = events.at(-1)!.timeStamp;
    expect(detector.pending).toBe(true);
    expect(detector.silence()).toMatchObject({ raw: CODE, endedBy: 'silence', lastKeyAt: last });
    expect(detector.pending).toBe(false);
    expect(detector.silence()).toBeNull();
  });

  it('swallows a suffix that comes just after the silence already ended the burst', () => {
    const events = typeText(CODE, { gap: 5 });
    const detector = new WedgeDetector();
    feed(events, detector);
    const last = events.at(-1)!.timeStamp;
    expect(detector.silence()?.raw).toBe(CODE);
    const enter = detector.key(keyEvent('Enter', last + 90));
    expect(enter).toEqual({ consume: true, startsSequence: false, scan: null });
    // …but a later Enter is a person's again.
    expect(detector.key(keyEvent('Enter', last + 400)).consume).toBe(false);
  });

  it('goes on when the page reported silence but the keys were pressed at scanner speed', () => {
    // A busy page handles queued keys late: its silence timer can fire inside a burst.
    const events = typeText(CODE, { gap: 3, suffix: 'Enter' });
    const detector = new WedgeDetector();
    const early = feed(events.slice(0, 5), detector);
    expect(detector.silence()).toBeNull(); // 5 characters: nothing to report yet
    const middle = feed(events.slice(5, 15), detector);
    const cut = detector.silence(); // 14 characters: reported, but not the whole code
    const rest = feed(events.slice(15), detector);
    expect(cut?.raw).toBe(CODE.slice(0, 14));
    expect([...early.scans, ...middle.scans, ...rest.scans].map((s) => s.raw)).toEqual([CODE]);
    expect(rest.steps.at(-1)!.consume).toBe(true);
    expect([...early.steps, ...middle.steps, ...rest.steps].filter((s) => s.startsSequence)).toHaveLength(1);
  });

  it('does not resume after a real pause', () => {
    const detector = new WedgeDetector();
    feed(typeText('0000.1111', { gap: 3 }), detector);
    expect(detector.silence()?.raw).toBe('0000.1111');
    const next = feed(typeText('22223333', { start: 5000, gap: 3, suffix: 'Enter' }), detector);
    expect(next.scans.map((s) => s.raw)).toEqual(['22223333']);
  });

  it('is closed by the next key when the page was too busy to notice the silence', () => {
    const events = [...typeText(CODE, { start: 0, gap: 4 }), ...typeText('x', { start: 500 })];
    const { scans, steps } = feed(events);
    expect(scans.map((s) => s.raw)).toEqual([CODE]);
    expect(steps.at(-1)).toMatchObject({ startsSequence: true });
  });

  it('keeps upper and lower case from Shift, not from CapsLock or event.key', () => {
    const url = 'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?maHoSo=000.00.12.H53-230915-0003&X=Y';
    const { scans } = feed(typeText(url, { gap: 2, suffix: 'Enter', keyOf: (c) => c.toLowerCase() }));
    expect(scans.map((s) => s.raw)).toEqual([url]);
  });

  it('ignores IME-mangled key values (Vietnamese Telex/VNI, a French layout)', () => {
    // Telex: the IME reports "Process" for keys it is composing, and turns d+d into đ, a+a into â…
    const telex = typeText(CODE, { suffix: 'Enter', keyOf: (_c, i) => (i % 3 === 0 ? 'Process' : 'đ') });
    expect(feed(telex).scans.map((s) => s.raw)).toEqual([CODE]);
    // VNI: digits are tone marks, so the IME rewrites them.
    const vni = typeText('00012H53230915', { suffix: 'Enter', keyOf: (c) => (/\d/.test(c) ? 'ấ' : c) });
    expect(feed(vni).scans.map((s) => s.raw)).toEqual(['00012H53230915']);
    // AZERTY: the physical Digit keys give &é"'( without Shift; KeyQ gives "a".
    const azertyShown: Record<string, string> = { '0': 'à', '1': '&', '2': 'é', '3': '"', '.': ';', '-': ')', H: 'H' };
    const azerty = typeText(CODE, { suffix: 'Enter', keyOf: (c) => azertyShown[c] ?? c });
    expect(feed(azerty).scans.map((s) => s.raw)).toEqual([CODE]);
  });

  it('cuts nothing from a long QR payload and keeps the gaps a real scanner has', () => {
    const payload = 'A'.repeat(300);
    const gaps = (i: number) => (i % 16 === 0 ? 30 : 1); // USB HID reports come in packets
    expect(feed(typeText(payload, { gap: gaps, suffix: 'Enter' })).scans[0]?.raw).toBe(payload);
  });
});

describe('a person typing', () => {
  it('is never a scan, even with Enter at the end', () => {
    const { scans, steps } = feedThenWait(typeText(CODE, { gap: 150, suffix: 'Enter' }));
    expect(scans).toEqual([]);
    expect(steps.every((s) => !s.consume)).toBe(true);
  });

  it('is not a scan when a few keys come fast (key rollover) between slow ones', () => {
    const gap = (i: number) => (i % 3 === 0 ? 120 : 15);
    const { scans } = feedThenWait(typeText('0000001234567890', { gap, suffix: 'Enter' }));
    expect(scans).toEqual([]);
  });

  it('is not a scan when a key is held down (auto-repeat is as fast as a scanner)', () => {
    const held = Array.from({ length: 30 }, (_, i) => keyEvent('Digit1', 1000 + i * 33, { repeat: i > 0, key: '1' }));
    expect(feedThenWait([...held, keyEvent('Enter', 2100)]).scans).toEqual([]);
    const fastRepeat = Array.from({ length: 30 }, (_, i) => keyEvent('Digit1', 1000 + i * 10, { repeat: i > 0 }));
    expect(feedThenWait(fastRepeat).scans).toEqual([]);
  });

  it('is not a scan when keyboard shortcuts are used (Ctrl+V pastes, it does not type)', () => {
    const events = typeText('12345678', { gap: 5 }).map((e) => ({ ...e, ctrlKey: true }));
    expect(feedThenWait(events).scans).toEqual([]);
  });

  it('short fast runs (fewer than 8 characters) are not scans', () => {
    expect(feedThenWait(typeText('1234567', { gap: 3, suffix: 'Enter' })).scans).toEqual([]);
    expect(feed(typeText('12345678', { gap: 3, suffix: 'Enter' })).scans.map((s) => s.raw)).toEqual(['12345678']);
  });

  it('marks where each run starts, so the focused field can be snapshot before it', () => {
    const { steps } = feed(typeText('ab', { gap: 200 }));
    expect(steps.map((s) => s.startsSequence)).toEqual([true, true]);
    const fast = feed(typeText('abc', { gap: 5 }));
    expect(fast.steps.map((s) => s.startsSequence)).toEqual([true, false, false]);
  });

  it('never consumes a person’s Enter or Tab', () => {
    const { steps } = feedThenWait([keyEvent('Enter', 10), keyEvent('Tab', 400), keyEvent('NumpadEnter', 900)]);
    expect(steps.every((s) => !s.consume)).toBe(true);
  });
});

describe('properties', () => {
  const printable = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 8, maxLength: 120 });

  it('any code sent at scanner speed with a suffix comes out exactly once, unchanged', () => {
    fc.assert(
      fc.property(printable, fc.integer({ min: 0, max: 35 }), fc.constantFrom('Enter' as const, 'Tab' as const, null), (text, gap, suffix) => {
        const { scans } = feedThenWait(typeText(text, { gap, suffix }));
        expect(scans.map((s: WedgeScan) => s.raw)).toEqual([text]);
      }),
      { numRuns: 300 },
    );
  });

  it('typing with human gaps never produces a scan', () => {
    fc.assert(
      fc.property(printable, fc.array(fc.integer({ min: 45, max: 2000 }), { minLength: 1, maxLength: 200 }), (text, gaps) => {
        const { scans, steps } = feedThenWait(typeText(text, { gap: (i) => gaps[i % gaps.length]!, suffix: 'Enter' }));
        expect(scans).toEqual([]);
        expect(steps.some((s) => s.consume)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
