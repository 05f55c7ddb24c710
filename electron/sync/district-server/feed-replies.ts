import type { AxiosResponse } from 'axios';
import { z } from 'zod';
import { MAX_CATALOGUE_RECORDS, MAX_ETAG_CHARS, maxPageRecords, maxPageTexts } from '../district-limits.ts';
import { SyncError } from '../sync-error.ts';
import type { DistrictHttp } from './district-http.ts';
import { ChangesEnvelope } from './district-server.ts';
import type { HeartbeatReply, ProceduresReply, RatingsReply } from './district-server.ts';

const ProceduresEnvelope = z.object({ items: z.array(z.unknown()) });
const RatingsReplyShape = z.object({ accepted: z.array(z.string()), duplicates: z.array(z.string()) });
const HeartbeatReplyShape = z.object({ serverTime: z.string().optional(), config: z.record(z.string(), z.unknown()).nullable().optional() });

/** The answer to a feed cursor the server has forgotten (HTTP 410 on `GET /v1/dossiers/changes`). */
export function cursorExpired(): SyncError {
  return new SyncError('cursor-expired', 'The server no longer keeps changes this old: a full resync is needed.');
}

/** A change-feed page as both protocols send it (`GET /v1/dossiers/changes`), checked before anything reads its records. */
export function readChangesPage(http: DistrictHttp, res: AxiosResponse<string>, limit: number): ChangesEnvelope {
  const raw = http.parseJson(res, 'change feed');
  checkPageCounts(raw, limit);
  const page = http.parseValue(raw, ChangesEnvelope, 'change feed');
  if (page.items === undefined && (page.rows === undefined || page.texts === undefined)) {
    throw new SyncError('bad-response', 'The district server sent a change feed page with neither items nor rows.');
  }
  return page;
}

/** The procedure catalogue (`GET /v1/procedures`, a 200 answer), with the ETag to send back next time. */
export function readProcedures(http: DistrictHttp, res: AxiosResponse<string>): ProceduresReply {
  const raw = http.parseJson(res, 'procedure catalogue');
  const items = (raw as { items?: unknown } | null)?.items;
  if (Array.isArray(items) && items.length > MAX_CATALOGUE_RECORDS) {
    throw new SyncError('bad-response', `The district server sent a procedure catalogue of ${items.length} records; the kiosk accepts at most ${MAX_CATALOGUE_RECORDS}.`);
  }
  const body = http.parseValue(raw, ProceduresEnvelope, 'procedure catalogue');
  return { notModified: false, etag: storableEtag(res.headers.etag), items: body.items };
}

/** The ratings the server took (`POST /v1/ratings`, a 200 answer). */
export function readRatingsReply(http: DistrictHttp, res: AxiosResponse<string>): RatingsReply {
  return http.parse(res, RatingsReplyShape, 'ratings reply');
}

/** The server's clock and any configuration for the kiosk (`POST /v1/heartbeat`, a 200 answer); a clock that is no date is none. */
export function readHeartbeatReply(http: DistrictHttp, res: AxiosResponse<string>): HeartbeatReply {
  const body = http.parse(res, HeartbeatReplyShape, 'heartbeat reply');
  const serverTime = body.serverTime ? new Date(body.serverTime) : null;
  return { serverTime: serverTime && !Number.isNaN(serverTime.getTime()) ? serverTime : null, config: body.config ?? null };
}

/**
 * Refuses a page with far more records (or texts) than asked for before anything reads them:
 * a page of a million junk items would otherwise be checked, and quarantined, one by one.
 */
function checkPageCounts(raw: unknown, limit: number): void {
  if (typeof raw !== 'object' || raw === null) return;
  const page = raw as { items?: unknown; rows?: unknown; texts?: unknown };
  const records = Math.max(Array.isArray(page.items) ? page.items.length : 0, Array.isArray(page.rows) ? page.rows.length : 0);
  if (records > maxPageRecords(limit)) {
    throw new SyncError('bad-response', `The district server sent a change-feed page of ${records} records when the kiosk asked for ${limit}; the page was refused.`);
  }
  if (Array.isArray(page.texts) && page.texts.length > maxPageTexts(limit)) {
    throw new SyncError('bad-response', `The district server sent a change-feed page with ${page.texts.length} texts for ${limit} records; the page was refused.`);
  }
}

/** The ETag to send back next time, or null when it is too long or not a header value. */
function storableEtag(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_ETAG_CHARS || !/^[\x21-\x7e]+$/.test(value)) return null;
  return value;
}
