import { foldVietnamese } from '../../shared/text/fold.ts';
import type { SearchQuery } from '../support/national-data.ts';

/**
 * Misspelled and run-together queries written for this bench (not from the query file):
 * what a citizen types on a touch keyboard, skipping a letter, swapping two, forgetting
 * spaces. Each expects the procedure its correct spelling finds.
 */
export const TYPO_QUERIES: SearchQuery[] = [
  { q: 'ket hn', expect: ['1.000894'], k: 3 },
  { q: 'tamtru', expect: ['1.004194'], k: 3 },
  { q: 'khaisinh', expect: ['1.001193'], k: 3 },
  { q: 'kethon', expect: ['1.000894'], k: 3 },
  { q: 'thuongtru', expect: ['1.004222'], k: 3 },
  { q: 'khia sinh', expect: ['1.001193'], k: 3 },
  { q: 'khai tuu', expect: ['1.000656'], k: 3 },
  { q: 'giam hoo', expect: ['1.004837'], k: 3 },
  { q: 'chung thuc ban sa', expect: ['2.000815'], k: 3 },
  { q: 'dang ky khai snh', expect: ['1.001193'], k: 3 },
  { q: 'trich lucc', expect: ['2.000635'], k: 3 },
  { q: 'dichuc', expect: ['2.001019'], k: 3 },
];

/** Shortest prefix (in characters, as typed) counted in the prefix hit rate: by then a citizen expects to see it. */
export const MIN_PREFIX_FOR_HITS = 4;

export interface AsYouTypeQuery {
  text: string;
  /** The query of the file this is a prefix of, whose expectation it is judged by. */
  of: SearchQuery;
  isFull: boolean;
}

/** Every prefix of every query, as the kiosk sees them while the citizen types. */
export function asYouType(queries: readonly SearchQuery[]): AsYouTypeQuery[] {
  return queries.flatMap((of) =>
    Array.from(of.q, (_, i) => ({ text: of.q.slice(0, i + 1), of, isFull: i === of.q.length - 1 })),
  );
}

/** Does any expected code appear among the first `k` results? */
export const hits = (codes: readonly string[], query: SearchQuery): boolean =>
  codes.slice(0, query.k).some((code) => query.expect.includes(code));

/** Prefixes worth judging: at least MIN_PREFIX_FOR_HITS characters and not ending in a space. */
export const isJudgedPrefix = (q: AsYouTypeQuery): boolean =>
  q.text.length >= MIN_PREFIX_FOR_HITS && !q.text.endsWith(' ') && foldVietnamese(q.text).length > 0;
