import { describe, expect, it } from 'vitest';
import { WedgeRepeatFilter } from '../../../renderer/scanner/wedge-repeat-filter.ts';

const CODE = '000.00.12.H53-261120-0009';

describe('the wedge’s repeat filter', () => {
  it('the same code again within the window, away from the start screen, is the same scan; the window slides', () => {
    const filter = new WedgeRepeatFilter(2000);
    expect(filter.isRepeat(CODE, 1000, true)).toBe(false);
    expect(filter.isRepeat(CODE, 2500, false)).toBe(true);
    expect(filter.isRepeat(CODE, 4400, false)).toBe(true);
    expect(filter.isRepeat(CODE, 6400, false)).toBe(false);
  });

  it('tells a receipt by its code: the QR code’s URL after the barcode is a repeat, another code is not', () => {
    const filter = new WedgeRepeatFilter(2000);
    expect(filter.isRepeat(CODE, 0, true)).toBe(false);
    expect(filter.isRepeat(`https://dichvucong.example.vn/tra-cuu?maHoSo=${CODE.toLowerCase()}`, 300, false)).toBe(true);
    expect(filter.isRepeat(CODE.replace('0009', '0010'), 600, false)).toBe(false);
    expect(filter.isRepeat('not a code', 700, false)).toBe(false);
    expect(filter.isRepeat(' not a code ', 800, false)).toBe(true);
  });

  it('from the start screen a repeat is a new scan: the citizen came back to scan again', () => {
    const filter = new WedgeRepeatFilter(2000);
    expect(filter.isRepeat(CODE, 0, true)).toBe(false);
    expect(filter.isRepeat(CODE, 500, true)).toBe(false);
  });
});
