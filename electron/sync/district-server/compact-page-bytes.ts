import type { CompactRowBytes } from '../compact-feed-page.ts';
import { maxPageRecords, maxPageTexts } from '../district-limits.ts';
import { parseSlice, skipSpace, skipString, skipValue } from '../json-bytes.ts';
import type { CompactChangesPage } from './district-server.ts';

/** Keys of a compact page whose values are read whole; `rows` is only split into rows. */
const ENVELOPE_KEYS = new Set(['texts', 'nextCursor', 'hasMore', 'serverTime']);

/**
 * A compact change-feed page read from its bytes without decoding it to one string: the whole
 * answer is checked as JSON, the envelope read, and `rows` only split into each row's bytes.
 * Null for anything but a well-formed compact page within the page's limits (broken JSON, items,
 * a wrong envelope, too many rows or texts): the caller reads it as text then (readChangesPage),
 * which gives such a page the answer it always had.
 */
export function readCompactPageBytes(body: Buffer, limit: number): CompactChangesPage | null {
  let i = skipSpace(body, 0);
  if (body[i] !== 0x7b) return null;
  i = skipSpace(body, i + 1);
  const spans = new Map<string, [number, number]>();
  let rows: CompactRowBytes | null = null;
  if (body[i] === 0x7d) i += 1;
  else {
    for (;;) {
      const keyEnd = skipString(body, i);
      if (keyEnd < 0) return null;
      const key = parseSlice(body, i, keyEnd) as string;
      i = skipSpace(body, keyEnd);
      if (body[i] !== 0x3a) return null;
      i = skipSpace(body, i + 1);
      if (key === 'items') return null;
      let end: number;
      if (key === 'rows') {
        // A later `rows` wins, as in JSON.parse.
        const split = splitRows(body, i, maxPageRecords(limit));
        if (!split) return null;
        rows = split.rows;
        end = split.end;
      } else {
        end = skipValue(body, i);
        if (end < 0) return null;
        if (ENVELOPE_KEYS.has(key)) spans.set(key, [i, end]);
      }
      i = skipSpace(body, end);
      if (body[i] === 0x2c) i = skipSpace(body, i + 1);
      else if (body[i] === 0x7d) {
        i += 1;
        break;
      } else return null;
    }
  }
  if (skipSpace(body, i) !== body.length || !rows) return null;
  const value = (key: string): unknown => {
    const span = spans.get(key);
    return span ? parseSlice(body, span[0], span[1]) : undefined;
  };
  const texts = value('texts');
  const nextCursor = value('nextCursor');
  const hasMore = value('hasMore');
  const serverTime = value('serverTime');
  if (!Array.isArray(texts) || texts.length > maxPageTexts(limit)) return null;
  if (typeof nextCursor !== 'string' || nextCursor.length < 1 || nextCursor.length > 2048) return null;
  if (typeof hasMore !== 'boolean') return null;
  if (serverTime !== undefined && typeof serverTime !== 'string') return null;
  return { texts, nextCursor, hasMore, ...(serverTime === undefined ? {} : { serverTime }), compactRows: rows };
}

/**
 * The rows of the array at `i`, each checked as JSON, and where the array ends (just past its
 * `]`); null when it is no array, is broken, or holds more than `max` rows.
 */
function splitRows(body: Buffer, i: number, max: number): { rows: CompactRowBytes; end: number } | null {
  if (body[i] !== 0x5b) return null;
  let spans = new Int32Array(2 * Math.min(max, 1024));
  let count = 0;
  i = skipSpace(body, i + 1);
  if (body[i] === 0x5d) return { rows: { body, spans, count }, end: i + 1 };
  for (;;) {
    const start = skipSpace(body, i);
    const end = skipValue(body, start);
    if (end < 0 || count === max) return null;
    if (2 * count === spans.length) {
      const grown = new Int32Array(spans.length * 2);
      grown.set(spans);
      spans = grown;
    }
    spans[2 * count] = start;
    spans[2 * count + 1] = end;
    count += 1;
    i = skipSpace(body, end);
    if (body[i] === 0x5d) return { rows: { body, spans, count }, end: i + 1 };
    if (body[i] !== 0x2c) return null;
    i += 1;
  }
}
