import type { CompactRowBytes } from '../compact-feed-page.ts';
import { parseSlice, skipSpace, skipString, skipValue } from '../json-bytes.ts';

export interface PageShape {
  /** The key whose array is only split into each value's bytes. */
  listKey: string;
  /** Just past the list value that starts at `i`, or -1: skipValue checks it as JSON on the way. */
  valueEnd: (body: Buffer, i: number) => number;
  /** Keys besides the cursor fields whose values are read whole. */
  readKeys: ReadonlySet<string>;
  /** Keys of another page shape: such a page is read as text. */
  otherShapeKeys: ReadonlySet<string>;
}

export interface PageEnvelopeBytes {
  list: CompactRowBytes;
  nextCursor: string;
  hasMore: boolean;
  serverTime?: string;
  /** A value of `readKeys`, parsed; undefined when absent. */
  value(key: string): unknown;
}

const CURSOR_KEYS = ['nextCursor', 'hasMore', 'serverTime'];

/**
 * A change-feed page's envelope read from its bytes, with its list (`rows` or `items`) split into
 * each value's bytes. Null for anything but a well-formed page of `shape` with at most `max` values
 * and a valid cursor: the caller reads such a page as text (readChangesPage), which gives it the
 * answer it always had.
 */
export function readPageEnvelopeBytes(body: Buffer, max: number, shape: PageShape): PageEnvelopeBytes | null {
  let i = skipSpace(body, 0);
  if (body[i] !== 0x7b) return null;
  i = skipSpace(body, i + 1);
  const spans = new Map<string, [number, number]>();
  let list: CompactRowBytes | null = null;
  if (body[i] === 0x7d) i += 1;
  else {
    for (;;) {
      const keyEnd = skipString(body, i);
      if (keyEnd < 0) return null;
      const key = parseSlice(body, i, keyEnd) as string;
      i = skipSpace(body, keyEnd);
      if (body[i] !== 0x3a) return null;
      i = skipSpace(body, i + 1);
      if (shape.otherShapeKeys.has(key)) return null;
      let end: number;
      if (key === shape.listKey) {
        // A later list wins, as in JSON.parse.
        const split = splitList(body, i, max, shape.valueEnd);
        if (!split) return null;
        list = split.list;
        end = split.end;
      } else {
        end = skipValue(body, i);
        if (end < 0) return null;
        if (shape.readKeys.has(key) || CURSOR_KEYS.includes(key)) spans.set(key, [i, end]);
      }
      i = skipSpace(body, end);
      if (body[i] === 0x2c) i = skipSpace(body, i + 1);
      else if (body[i] === 0x7d) {
        i += 1;
        break;
      } else return null;
    }
  }
  if (skipSpace(body, i) !== body.length || !list) return null;
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
  return { list, nextCursor, hasMore, ...(serverTime === undefined ? {} : { serverTime }), value };
}

/**
 * The values of the array at `i` and where the array ends (just past its `]`); null when it is
 * no array, is broken between its values, or holds more than `max` of them.
 */
function splitList(body: Buffer, i: number, max: number, valueEnd: PageShape['valueEnd']): { list: CompactRowBytes; end: number } | null {
  if (body[i] !== 0x5b) return null;
  let spans = new Int32Array(2 * Math.min(max, 1024));
  let count = 0;
  i = skipSpace(body, i + 1);
  if (body[i] === 0x5d) return { list: { body, spans, count }, end: i + 1 };
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
    if (body[i] === 0x5d) return { list: { body, spans, count }, end: i + 1 };
    if (body[i] !== 0x2c) return null;
    i += 1;
  }
}
