import type { CompactRowBytes } from '../compact-feed-page.ts';
import { maxPageRecords } from '../district-limits.ts';
import { parseSlice, skipSpace, skipString, skipValue } from '../json-bytes.ts';
import { splitRows } from './compact-page-bytes.ts';
import type { ItemsChangesPage } from './district-server.ts';

/** Keys of an items page whose values are read whole; `items` is only split into records. */
const ENVELOPE_KEYS = new Set(['nextCursor', 'hasMore', 'serverTime']);

/**
 * A change-feed page of items (DossierRecord or national records) read from its bytes: the whole
 * answer is checked as JSON, the envelope read, and `items` only split into each record's bytes,
 * so the page reader parses and checks one record at a time instead of holding a page of objects.
 * Null for anything but a well-formed items page within the page's limits (broken JSON, compact
 * rows or texts, a wrong envelope, too many records): the caller reads it as text then
 * (readChangesPage), which gives such a page the answer it always had.
 */
export function readItemsPageBytes(body: Buffer, limit: number): ItemsChangesPage | null {
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
        const split = splitRows(body, i, maxPageRecords(limit));
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
  return { nextCursor, hasMore, ...(serverTime === undefined ? {} : { serverTime }), itemBytes: items };
}
