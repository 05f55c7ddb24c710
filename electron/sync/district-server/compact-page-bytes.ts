import { maxPageRecords, maxPageTexts } from '../district-limits.ts';
import { skipValue } from '../json-bytes.ts';
import type { CompactChangesPage } from './district-server.ts';
import { readPageEnvelopeBytes } from './page-envelope-bytes.ts';
import type { PageShape } from './page-envelope-bytes.ts';

const COMPACT_PAGE: PageShape = { listKey: 'rows', valueEnd: skipValue, readKeys: new Set(['texts']), otherShapeKeys: new Set(['items']) };

/**
 * A compact change-feed page read from its bytes without decoding it to one string: the whole
 * answer is checked as JSON, the envelope read, and `rows` only split into each row's bytes.
 * Null for anything but a well-formed compact page within the page's limits (broken JSON, items,
 * a wrong envelope, too many rows or texts): the caller reads it as text then (readChangesPage),
 * which gives such a page the answer it always had.
 */
export function readCompactPageBytes(body: Buffer, limit: number): CompactChangesPage | null {
  const page = readPageEnvelopeBytes(body, maxPageRecords(limit), COMPACT_PAGE);
  if (!page) return null;
  const texts = page.value('texts');
  if (!Array.isArray(texts) || texts.length > maxPageTexts(limit)) return null;
  const { nextCursor, hasMore, serverTime } = page;
  return { texts, nextCursor, hasMore, ...(serverTime === undefined ? {} : { serverTime }), compactRows: page.list };
}
