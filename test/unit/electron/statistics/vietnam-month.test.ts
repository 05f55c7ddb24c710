import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, lastTwelveMonths, monthKey, monthStartMs, vietnamMonthOf } from '../../../../electron/statistics/vietnam-month.ts';

describe('Vietnam-time months', () => {
  it('start at 17:00 UTC on the last day of the month before', () => {
    expect(new Date(monthStartMs({ year: 2026, month: 3 })).toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(new Date(monthStartMs({ year: 2027, month: 1 })).toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(new Date(monthStartMs({ year: 2028, month: 3 })).toISOString()).toBe('2028-02-29T17:00:00.000Z');
  });

  it('put 23:30 UTC on the last day of a month in the next month', () => {
    expect(vietnamMonthOf(Date.parse('2026-01-31T23:30:00Z'))).toEqual({ year: 2026, month: 2 });
    expect(vietnamMonthOf(Date.parse('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, month: 1 });
    expect(vietnamMonthOf(Date.parse('2026-01-31T16:59:59Z'))).toEqual({ year: 2026, month: 1 });
  });

  it('count twelve months back across a year', () => {
    expect(lastTwelveMonths(new Date('2026-01-10T00:00:00Z')).map(monthKey)).toEqual([
      '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07',
      '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01',
    ]);
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
  });

  it('agree with the Asia/Ho_Chi_Minh zone of Intl for any instant', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), (ms) => {
        const parts = Object.fromEntries(intl.formatToParts(ms).map((p) => [p.type, p.value]));
        expect(monthKey(vietnamMonthOf(ms))).toBe(`${parts.year}-${parts.month}`);
        const month = vietnamMonthOf(ms);
        expect(monthStartMs(month)).toBeLessThanOrEqual(ms);
        expect(ms).toBeLessThan(monthStartMs(addMonths(month, 1)));
      }),
      { numRuns: 500 },
    );
  });
});
