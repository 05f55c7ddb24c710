import { describe, expect, it } from 'vitest';
import { editDistance, prefixEditDistance, slipVariants } from '../../../../electron/catalogue/search/edit-distance.ts';
import { Vocabulary } from '../../../../electron/catalogue/search/vocabulary.ts';

const words = new Vocabulary(
  [
    ['ket', 5],
    ['ke', 9],
    ['hon', 8],
    ['thon', 2],
    ['hop', 30],
    ['tam', 10],
    ['tru', 12],
    ['khai', 40],
    ['sinh', 20],
  ].map(([term, doc]) => ({ term: term as string, doc: doc as number })),
);

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps, stopping past the limit', () => {
    expect(editDistance('khai', 'khai', 2)).toBe(0);
    expect(editDistance('khia', 'khai', 2)).toBe(1);
    expect(editDistance('hn', 'hon', 2)).toBe(1);
    expect(editDistance('sinh', 'sih', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(prefixEditDistance('sih', 'sinh', 1)).toBe(1);
    expect(slipVariants('tuu')).toEqual(['utu', 'tu']);
  });
});

describe('vocabulary', () => {
  it('knows words and their beginnings, and roughly how many names hold them', () => {
    expect(words.has('khai')).toBe(true);
    expect(words.hasPrefix('kh')).toBe(true);
    expect(words.hasPrefix('kx')).toBe(false);
    expect(words.estimate({ typed: 'k', terms: [{ term: 'k', prefix: true, cost: 0 }] })).toBe(54);
    expect(words.estimate({ typed: 'ket', terms: [{ term: 'ket', prefix: false, cost: 0 }] })).toBe(5);
  });

  it('corrects slips of a finger more cheaply than wrong letters', () => {
    const corrections = words.corrections('hn', true);
    expect(corrections[0]).toEqual({ term: 'hon', cost: 0.5 });
    expect(corrections.find((c) => c.term === 'hop')?.cost).toBe(1);
    expect(words.corrections('x', true)).toEqual([]);
  });

  it('splits words typed without spaces every way into the fewest words', () => {
    expect(words.splits('tamtru', false)).toEqual([['tam', 'tru']]);
    expect(words.splits('khaisi', true)).toEqual([['khai', 'si']]);
    expect(words.splits('kethon', false)).toEqual(expect.arrayContaining([['ket', 'hon'], ['ke', 'thon']]));
    expect(words.splits('khai', false)).toEqual([]);
  });
});
