import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNKNOWN_VALUE, formatDate, formatDateTime, formatTime, formatVnd } from '../../../../shared/i18n/index.ts';

describe('dates in Vietnam time (UTC+7, no daylight saving)', () => {
  it('writes dd/MM/yyyy with leading zeros', () => {
    expect(formatDate('2023-09-05T03:00:00.000Z')).toBe('05/09/2023');
  });

  it('moves to the next day when UTC evening is already Vietnam morning', () => {
    // 17:00 UTC is 00:00 the next day in Hà Nội.
    expect(formatDate('2023-09-14T16:59:00Z')).toBe('14/09/2023');
    expect(formatDate('2023-09-14T17:00:00Z')).toBe('15/09/2023');
    expect(formatDateTime('2023-09-14T17:00:00Z')).toBe('00:00 15/09/2023');
    expect(formatDateTime('2023-12-31T17:30:00Z')).toBe('00:30 01/01/2024');
  });

  it('writes HH:mm on a 24-hour clock', () => {
    expect(formatTime('2023-09-15T07:05:00Z')).toBe('14:05');
    expect(formatTime('2023-09-15T16:59:00Z')).toBe('23:59');
    expect(formatDateTime(new Date('2023-09-15T07:05:00Z'))).toBe('14:05 15/09/2023');
  });

  it('does not depend on the zone of the machine', () => {
    const instant = Date.UTC(2024, 1, 29, 20, 15);
    expect(formatDateTime(instant)).toBe('03:15 01/03/2024');
  });

  it('matches a hand computation of UTC+7 for any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const local = new Date(ms + 7 * 3600_000);
        const pad = (n: number) => String(n).padStart(2, '0');
        const expected = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(
          local.getUTCMonth() + 1,
        )}/${local.getUTCFullYear()}`;
        expect(formatDateTime(ms)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('shows a dash, not a crash, for a value it cannot read', () => {
    expect(formatDate('not a date')).toBe(UNKNOWN_VALUE);
    expect(formatDateTime(Number.NaN)).toBe(UNKNOWN_VALUE);
  });
});

describe('money', () => {
  it('uses dots between thousands and the đồng sign after a no-break space', () => {
    expect(formatVnd(1_250_000)).toBe('1.250.000\u00a0₫');
    expect(formatVnd(50_000)).toBe('50.000\u00a0₫');
    expect(formatVnd(0)).toBe('0\u00a0₫');
    expect(formatVnd(999)).toBe('999\u00a0₫');
    expect(formatVnd(1_000_000_000)).toBe('1.000.000.000\u00a0₫');
  });

  it('reads as "1.250.000 ₫" once the no-break space is shown as a space', () => {
    expect(formatVnd(1_250_000).replace(/\u00a0/g, ' ')).toBe('1.250.000 ₫');
  });

  it('never writes decimals', () => {
    expect(formatVnd(1499.6)).toBe('1.500\u00a0₫');
    expect(formatVnd(Number.POSITIVE_INFINITY)).toBe(UNKNOWN_VALUE);
  });
});
