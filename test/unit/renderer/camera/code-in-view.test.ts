import { describe, expect, it } from 'vitest';
import { CodeInView } from '../../../../renderer/camera/code-in-view.ts';

const CODE = '000.00.12.H53-261120-0009';
const URL = `https://dichvucong.example.gov.vn/tra-cuu-ho-so?maHoSo=${CODE}`;

describe('CodeInView', () => {
  it('makes one scan of a receipt read in frame after frame, however far apart the frames are', () => {
    const view = new CodeInView();
    expect([URL, CODE, URL, URL, CODE].map((scan) => view.frame(scan))).toEqual([true, false, false, false, false]);
  });

  it('a frame that misses the code does not end it; two in a row do, and the receipt held up again is a new scan', () => {
    const view = new CodeInView();
    expect([CODE, null, CODE].map((scan) => view.frame(scan))).toEqual([true, false, false]);
    expect([null, null, CODE].map((scan) => view.frame(scan))).toEqual([false, false, true]);
  });

  it('another code in view is a new scan at once', () => {
    const view = new CodeInView();
    expect([CODE, '000.12.12.H53-261028-0007', 'https://example.org/menu', 'https://example.org/menu'].map((scan) => view.frame(scan))).toEqual([true, true, true, false]);
  });
});
