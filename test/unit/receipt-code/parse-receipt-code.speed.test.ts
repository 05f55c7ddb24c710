import { describe, expect, it } from 'vitest';
import { parseReceiptCode } from '../../../shared/receipt-code/index.ts';

const LIMIT = 4096;
const fill = (unit: string) => unit.repeat(Math.ceil(LIMIT / unit.length)).slice(0, LIMIT);

// Inputs shaped to make a backtracking regex work hardest: long runs that nearly match.
const WORST_CASES = {
  'digits': fill('0'),
  'digit groups and dots': fill('000.'),
  'agencies without dates': fill('000.00.12.H53-'),
  'codes without sequences': fill('000.00.12.H53-230915-'),
  'spaces before a dot': `000${' '.repeat(LIMIT - 4)}.`,
  'spaced separators': fill('0 . - '),
  'long dotted words': fill('abcdefghijklmnop.'),
  'short dashed numbers': fill('1.1-1-'),
  'percent escapes': fill('%25'),
  'broken UTF-8 escapes': fill('%E3%80'),
  'full-width': fill('０．'),
  'AIM identifiers': fill(']C0'),
  'control characters': fill('\r\n0\0'),
  'characters NFKC expands eighteenfold': fill('\ufdfa'),
};

describe('parseReceiptCode speed', () => {
  it.each(Object.entries(WORST_CASES))('%s: well under a frame', (_name, raw) => {
    const options = { prefix: '#', suffix: '\r', extraPattern: '(?<code>HS-\\d+)' };
    parseReceiptCode(raw, options);
    const started = performance.now();
    const result = parseReceiptCode(raw, options);
    expect(performance.now() - started).toBeLessThan(50);
    expect(result.ok).toBe(false);
  });

  it('reads a typical scan in well under a millisecond', () => {
    const raw = ']Q1https://dichvucong.travinh.gov.vn/tra-cuu?maHoSo=000.00.12.H53%2D230915%2D0003\r\n';
    const runs = 2000;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1) parseReceiptCode(raw);
    expect((performance.now() - started) / runs).toBeLessThan(0.5);
  });
});
