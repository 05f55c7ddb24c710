import { describe, expect, it } from 'vitest';
import { GrowableNumbers } from '../../../../electron/dossiers/growable-numbers.ts';

describe('GrowableNumbers', () => {
  it('keeps every number pushed past its first capacity, in order, in an array of its own type', () => {
    const list = new GrowableNumbers((size) => new Float64Array(size));
    const pushed = Array.from({ length: 1000 }, (_, i) => i * 1.5 + 1_790_000_000);
    for (const n of pushed) list.push(n);
    const out = list.toArray();
    expect(out).toBeInstanceOf(Float64Array);
    expect(Array.from(out)).toEqual(pushed);
    list.push(7);
    expect(out).toHaveLength(1000);
  });

  it('forgets what follows a length set back (a row that failed its checks)', () => {
    const list = new GrowableNumbers((size) => new Int32Array(size));
    for (const n of [1, 2, 3]) list.push(n);
    const mark = list.length;
    for (const n of [4, 5]) list.push(n);
    list.length = mark;
    list.push(9);
    expect(list.toArray()).toEqual(Int32Array.from([1, 2, 3, 9]));
  });
});
