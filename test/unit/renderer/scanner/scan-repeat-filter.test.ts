import { describe, expect, it } from 'vitest';
import { ScanRepeatFilter } from '../../../../renderer/scanner/scan-repeat-filter.ts';

const CODE = '000.00.12.H53-261120-0009';

describe('the renderer’s scan repeat filter', () => {
  it('a receipt left under a presentation-mode scanner is one scan for as long as it is re-read', () => {
    const filter = new ScanRepeatFilter(2000);
    expect(filter.isRepeat(CODE, 1000)).toBe(false);
    // Re-read every 1.5 s for two minutes (the citizen tapped "Done", the kiosk went idle meanwhile).
    for (let at = 2500; at < 121_000; at += 1500) expect(filter.isRepeat(CODE, at)).toBe(true);
  });

  it('the same receipt is a new scan once it has left the scanner: a gap longer than the window', () => {
    const filter = new ScanRepeatFilter(2000);
    expect(filter.isRepeat(CODE, 0)).toBe(false);
    expect(filter.isRepeat(CODE, 1900)).toBe(true);
    expect(filter.isRepeat(CODE, 3900)).toBe(false);
  });

  it('tells a receipt by its code: the QR code’s URL after the barcode is a repeat, another code is not', () => {
    const filter = new ScanRepeatFilter(2000);
    expect(filter.isRepeat(CODE, 0)).toBe(false);
    expect(filter.isRepeat(`https://dichvucong.example.vn/tra-cuu?maHoSo=${CODE.toLowerCase()}`, 300)).toBe(true);
    expect(filter.isRepeat(CODE.replace('0009', '0010'), 600)).toBe(false);
    expect(filter.isRepeat('not a code', 700)).toBe(false);
    expect(filter.isRepeat(' not a code ', 800)).toBe(true);
  });

  it('the whole code after a part of it (a first read a busy page cut) is looked up, to replace the part', () => {
    const filter = new ScanRepeatFilter(2000);
    expect(filter.isRepeat(CODE.slice(0, 12), 1000)).toBe(false);
    expect(filter.isRepeat(CODE, 1010)).toBe(false);
    expect(filter.isRepeat(CODE, 1500)).toBe(true);
  });

  it('a part of the read still under the scanner (a re-read a busy page cut) is no new scan, nor is the whole after it', () => {
    const filter = new ScanRepeatFilter(2000);
    expect(filter.isRepeat(CODE, 0)).toBe(false);
    expect(filter.isRepeat(CODE, 500)).toBe(true);
    expect(filter.isRepeat(CODE.slice(0, 12), 1000)).toBe(true);
    expect(filter.isRepeat(CODE, 1010)).toBe(true);
    // Another receipt cut where it still reads like this one: its whole follows, and is looked up.
    const other = CODE.replace('0009', '0010');
    expect(filter.isRepeat(other.slice(0, 20), 1300)).toBe(true);
    expect(filter.isRepeat(other, 1310)).toBe(false);
    // Once the receipt has left the scanner, a part of it is a read of its own again.
    expect(filter.isRepeat(other.slice(0, 12), 3400)).toBe(false);
  });
});
