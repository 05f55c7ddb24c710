import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, clampPage, pageCount, pageOffset } from '../../../../renderer/procedures/paging.ts';

describe('pages of a field’s list', () => {
  it('count at least one page, and a page more for a remainder', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(11, 10)).toBe(2);
  });

  it('start where the page before ends', () => {
    expect(pageOffset(1)).toBe(0);
    expect(pageOffset(3, 10)).toBe(20);
  });

  it('hold a remembered page in range when the list has shrunk since', () => {
    expect(clampPage(5, 11, 10)).toBe(2);
    expect(clampPage(0, 11, 10)).toBe(1);
    expect(clampPage(Number.NaN, 11, 10)).toBe(1);
    expect(clampPage(2, 11, 10)).toBe(2);
  });
});
