import { maxPageRecords } from '../district-limits.ts';
import type { ChangesEnvelope, ItemsChangesPage } from './district-server.ts';
import { readPageEnvelopeBytes } from './page-envelope-bytes.ts';
import type { PageShape } from './page-envelope-bytes.ts';

// A page that also has the compact shape's keys is read as text, as it always was.
const ITEMS_PAGE: PageShape = { listKey: 'items', valueEnd, readKeys: new Set(), otherShapeKeys: new Set(['rows', 'texts']) };

/**
 * A change-feed page of items (DossierRecord or national records) read from its bytes: the
 * envelope is checked as JSON and read, and `items` only split into each record's bytes, found by
 * matching brackets outside strings, so the page reader parses and checks one record at a time
 * instead of holding a page of objects. Each record is checked as JSON when it is parsed
 * (feed-item-bytes.ts): a span is valid JSON exactly when JSON.parse reads it, so the page is
 * valid JSON exactly when every record is; one that is not makes the page read as text
 * (`asText`), which names the error as it always did. Null for anything else but a well-formed
 * items page within the page's limits (broken envelope, compact rows or texts, a wrong envelope,
 * too many records): the caller reads it as text then (readChangesPage), which gives such a page
 * the answer it always had.
 */
export function readItemsPageBytes(body: Buffer, limit: number, asText: () => ChangesEnvelope): ItemsChangesPage | null {
  const page = readPageEnvelopeBytes(body, maxPageRecords(limit), ITEMS_PAGE);
  if (!page) return null;
  const { nextCursor, hasMore, serverTime } = page;
  return { nextCursor, hasMore, ...(serverTime === undefined ? {} : { serverTime }), itemBytes: page.list, asText };
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
