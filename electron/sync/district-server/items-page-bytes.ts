import type { CompactRowBytes } from '../compact-feed-page.ts';
import { maxPageRecords } from '../district-limits.ts';
import { parseSlice, skipSpace, skipString, skipValue } from '../json-bytes.ts';
import type { ChangesEnvelope, ItemsChangesPage } from './district-server.ts';

/** Keys of an items page whose values are read whole; `items` is only split into records. */
const ENVELOPE_KEYS = new Set(['nextCursor', 'hasMore', 'serverTime']);

/**
 * A change-feed page of items (DossierRecord or national records) read from its bytes: the
 * envelope is checked as JSON and read, and `items` only split into each record's bytes, so the
 * page reader parses and checks one record at a time instead of holding a page of objects. Each
 * record is checked as JSON when it is parsed (feed-item-bytes.ts); one that is not valid JSON
 * makes the page read as text (`asText`), which names the error as it always did. Null for
 * anything else but a well-formed items page within the page's limits (broken envelope, compact
 * rows or texts, a wrong envelope, too many records): the caller reads it as text then
 * (readChangesPage), which gives such a page the answer it always had.
 */
export function readItemsPageBytes(body: Buffer, limit: number, asText: () => ChangesEnvelope): ItemsChangesPage | null {
  let i = skipSpace(body, 0);
  if (body[i] !== 0x7b) return null;
  i = skipSpace(body, i + 1);
  const spans = new Map<string, [number, number]>();
  let items: CompactRowBytes | null = null;
  if (body[i] === 0x7d) i += 1;
  else {
    for (;;) {
      const keyEnd = skipString(body, i);
      if (keyEnd < 0) return null;
      const key = parseSlice(body, i, keyEnd) as string;
      i = skipSpace(body, keyEnd);
      if (body[i] !== 0x3a) return null;
      i = skipSpace(body, i + 1);
      // A page that also has the compact shape's keys is read as text, as it always was.
      if (key === 'rows' || key === 'texts') return null;
      let end: number;
      if (key === 'items') {
        // A later `items` wins, as in JSON.parse.
        const split = splitItems(body, i, maxPageRecords(limit));
        if (!split) return null;
        items = split.rows;
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
  if (skipSpace(body, i) !== body.length || !items) return null;
  const value = (key: string): unknown => {
    const span = spans.get(key);
    return span ? parseSlice(body, span[0], span[1]) : undefined;
  };
  const nextCursor = value('nextCursor');
  const hasMore = value('hasMore');
  const serverTime = value('serverTime');
  if (typeof nextCursor !== 'string' || nextCursor.length < 1 || nextCursor.length > 2048) return null;
  if (typeof hasMore !== 'boolean') return null;
  if (serverTime !== undefined && typeof serverTime !== 'string') return null;
  return { nextCursor, hasMore, ...(serverTime === undefined ? {} : { serverTime }), itemBytes: items, asText };
}

/**
 * The records of the array at `i` and where the array ends (just past its `]`), found by matching
 * brackets outside strings; null when it is no array, is broken between its records, or holds more
 * than `max` of them. Each record's bytes are checked as JSON only when it is parsed: a span is
 * valid JSON exactly when JSON.parse reads it, so the page is valid JSON exactly when every record is.
 */
function splitItems(body: Buffer, i: number, max: number): { rows: CompactRowBytes; end: number } | null {
  if (body[i] !== 0x5b) return null;
  let spans = new Int32Array(2 * Math.min(max, 1024));
  let count = 0;
  i = skipSpace(body, i + 1);
  if (body[i] === 0x5d) return { rows: { body, spans, count }, end: i + 1 };
  for (;;) {
    const start = skipSpace(body, i);
    const end = valueEnd(body, start);
    if (end < 0 || end === start || count === max) return null;
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

/**
 * Just past the value that starts at `i`, by brackets and strings only (not checked as JSON): a
 * container ends where its brackets balance, anything else before the next `,` `]` `}` or white
 * space. -1 when the answer ends first.
 */
function valueEnd(b: Buffer, i: number): number {
  const n = b.length;
  let depth = 0;
  while (i < n) {
    const c = b[i]!;
    if (c === 0x22) {
      i += 1;
      while (i < n) {
        const d = b[i]!;
        if (d === 0x22) break;
        i += d === 0x5c ? 2 : 1;
      }
      if (i >= n) return -1;
      i += 1;
      if (depth === 0) return i;
      continue;
    }
    if (c === 0x5b || c === 0x7b) depth += 1;
    else if (c === 0x5d || c === 0x7d) {
      if (depth === 0) return i;
      depth -= 1;
      if (depth === 0) return i + 1;
    } else if (depth === 0 && (c === 0x2c || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) return i;
    i += 1;
  }
  return depth === 0 ? i : -1;
}
