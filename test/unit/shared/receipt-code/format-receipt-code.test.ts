import { describe, expect, it } from 'vitest';
import { formatReceiptCode, parseReceiptCode } from '../../../../shared/receipt-code/index.ts';

describe('formatReceiptCode', () => {
  it('writes the canonical code', () => {
    expect(formatReceiptCode({ agency: '000.00.12.H53', date: '2023-09-15', seq: '0003' })).toBe('000.00.12.H53-230915-0003');
    expect(formatReceiptCode({ agency: '000.25.19.h26', date: '2000-02-29', seq: '00012345' })).toBe('000.25.19.H26-000229-00012345');
  });

  it('is read back by the parser', () => {
    const parts = { agency: '000.00.12.H53', date: '2099-12-31', seq: '12345' };
    expect(parseReceiptCode(formatReceiptCode(parts))).toMatchObject({ ok: true, ...parts });
  });

  it.each(['2023-02-29', '2023-13-01', '1999-12-31', '2100-01-01', '15/09/2023', ''])('refuses the date %j', (date) => {
    expect(() => formatReceiptCode({ agency: '000.00.12.H53', date, seq: '0003' })).toThrow(RangeError);
  });
});
