import { ByteWriter } from '../byte-writer.ts';
import { CompactPageWriter } from '../compact-json.ts';
import type { FeedPage } from '../change-feed.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { Cursor } from '../cursor.ts';
import type { FaultSpec } from '../faults.ts';
import { errorReply } from '../http/reply.ts';
import type { Reply } from '../http/reply.ts';
import type { KioskRequest, SimState } from './kiosk-request.ts';
import type { BuiltPage } from './page-prefetch.ts';

const DEFAULT_LIMIT = 1000;
const MAX_LIMIT = 5000;
const DEFAULT_BROKEN_ITEMS = 3;
/** A generous guess of a record's size, so the page buffer rarely grows. */
const BYTES_PER_ITEM = 1200;

function readLimit(text: string | null): number | null {
  if (text === null) return DEFAULT_LIMIT;
  if (!/^\d{1,4}$/.test(text)) return null;
  const limit = Number(text);
  return limit >= 1 && limit <= MAX_LIMIT ? limit : null;
}

/** Where the reader goes next when a page fault says the cursor must not advance, or only partly. */
function nextAfterFault(state: SimState, requested: Cursor, page: FeedPage, fault: FaultSpec | undefined): { next: Cursor; hasMore: boolean } {
  if (fault?.kind === 'duplicate-page') return { next: requested, hasMore: true };
  const served = page.indices.length;
  if (fault?.kind === 'overlapping-page' && served >= 2) {
    const repeated = Math.min(fault.items ?? Math.ceil(served / 2), served - 1);
    return { next: state.feed.cursorAt(requested, page.positions[served - repeated - 1] as number), hasMore: true };
  }
  return { next: page.next, hasMore: page.hasMore };
}

/** Items to break for a schema-invalid fault, spread over the page. */
function brokenItems(served: number, fault: FaultSpec | undefined): Set<number> {
  if (fault?.kind !== 'schema-invalid' || served === 0) return new Set();
  const count = Math.min(served, fault.items ?? DEFAULT_BROKEN_ITEMS);
  const stride = served / count;
  return new Set(Array.from({ length: count }, (_, i) => Math.floor(i * stride)));
}

function buildPage(state: SimState, cursor: Cursor, limit: number, compact: boolean, fault: FaultSpec | undefined): BuiltPage<Cursor> {
  const page = state.feed.page(cursor, limit);
  const { next, hasMore } = nextAfterFault(state, cursor, page, fault);
  const broken = brokenItems(page.indices.length, fault);
  const w = new ByteWriter(64 + page.indices.length * BYTES_PER_ITEM);
  if (compact) {
    const rows = new CompactPageWriter(w);
    page.indices.forEach((index, i) => state.output.writeRow(rows, index, broken.has(i) ? i : undefined));
    rows.finishRows();
  } else {
    w.ascii('{"items":[');
    page.indices.forEach((index, i) => {
      if (i > 0) w.ascii(',');
      state.output.write(w, index, broken.has(i) ? i : undefined);
    });
    w.ascii(']');
  }
  w.ascii(`,"nextCursor":"${encodeCursor(next)}","hasMore":${hasMore},"serverTime":"${new Date().toISOString()}"}`);
  return { reply: { status: 200, body: w.view() }, next, hasMore };
}

/** `GET /v1/dossiers/changes?cursor=&limit=&shape=compact`; only the kiosk format has a compact shape. */
export function changesRoute(state: SimState, request: KioskRequest): Reply {
  const limit = readLimit(request.url.searchParams.get('limit'));
  if (limit === null) return errorReply(400, 'invalid-limit', `limit must be an integer from 1 to ${MAX_LIMIT}.`);
  const compact = state.compactFeed && state.output.format === 'kiosk' && request.url.searchParams.get('shape') === 'compact';
  const cursorText = request.url.searchParams.get('cursor');
  let cursor: Cursor;
  if (cursorText === null) {
    cursor = state.feed.start();
  } else {
    const decoded = decodeCursor(cursorText);
    const check = decoded ? state.feed.check(decoded) : 'invalid';
    if (check === 'expired') return errorReply(410, 'cursor-expired', 'The cursor is older than the changes this server keeps; start again without a cursor.');
    if (!decoded || check === 'invalid') return errorReply(400, 'bad-cursor', 'The cursor was not issued by this server.');
    cursor = decoded;
  }

  const head = state.data.changes.head;
  const fault = request.pageFault;
  const shape = compact ? 'compact' : 'items';
  const prefetched = fault || cursorText === null ? undefined : state.prefetch.take(`${cursorText}/${limit}/${shape}`, head);
  const { reply, next, hasMore } = prefetched ?? buildPage(state, cursor, limit, compact, fault);
  if (hasMore && !fault) {
    state.prefetch.schedule(`${encodeCursor(next)}/${limit}/${shape}`, head, request.acceptsGzip, () => buildPage(state, next, limit, compact, undefined));
  }
  return reply;
}
