import axios from 'axios';
import type { AxiosInstance, AxiosResponse } from 'axios';
import { z } from 'zod';
import { PLAIN_HTTP_REFUSED, tokenMayTravelTo } from '../settings/district-token-policy.ts';
import { newDistrictAgent } from './district-agents.ts';
import type { DistrictAgents } from './district-agents.ts';
import {
  MAX_CATALOGUE_RECORDS,
  MAX_ETAG_CHARS,
  MAX_RESPONSE_BYTES,
  MAX_SMALL_RESPONSE_BYTES,
  maxPageBytes,
  maxPageRecords,
  maxPageTexts,
} from './district-limits.ts';
import { describePause, MAX_RETRY_AFTER_SEC, parseRetryAfter, SyncError } from './sync-error.ts';

export const PROTOCOL_VERSION = '1';

export interface DistrictClientOptions {
  baseUrl: string;
  token: string;
  kioskId: string;
  /** PEM of a CA to trust instead of the system's (a pinned district CA). */
  ca?: string;
  /** Per-request deadline, body included (a slow drip cannot hold a sync forever). */
  timeoutMs?: number;
  now?: () => Date;
  /** Cancels every request of this client (the host stopping); they fail as `cancelled`. */
  signal?: AbortSignal;
  /** The host's shared keep-alive connections; without it the client has its own. */
  agents?: DistrictAgents;
}

/** A page of the change feed: `items` (DossierRecords), or `texts` and `rows` (the compact shape). */
const ChangesEnvelope = z.object({
  items: z.array(z.unknown()).optional(),
  texts: z.array(z.unknown()).optional(),
  rows: z.array(z.unknown()).optional(),
  nextCursor: z.string().min(1).max(2048),
  hasMore: z.boolean(),
  serverTime: z.string().optional(),
});
export type ChangesEnvelope = z.infer<typeof ChangesEnvelope>;

const ProceduresEnvelope = z.object({ items: z.array(z.unknown()) });
const RatingsReply = z.object({ accepted: z.array(z.string()), duplicates: z.array(z.string()) });
const HeartbeatReply = z.object({ serverTime: z.string().optional(), config: z.record(z.string(), z.unknown()).nullable().optional() });

/** The kiosk's side of the sync protocol (docs/sync-protocol.openapi.yaml). */
export class DistrictClient {
  private readonly http: AxiosInstance;
  private readonly now: () => Date;
  private readonly timeoutMs: number;
  /** What another thread needs to open the same connection (see feed-worker.ts). */
  readonly connection: Omit<DistrictClientOptions, 'now' | 'signal' | 'agents'>;
  private readonly stopSignal: AbortSignal | undefined;
  /** Set when the token must not go to this address (plain http:// to another machine): every request fails with it. */
  private readonly refusal: SyncError | null;

  constructor(options: DistrictClientOptions) {
    const { now: _now, signal, agents, ...connection } = options;
    const agent = agents?.agentFor(options.baseUrl, options.ca) ?? newDistrictAgent(options.ca);
    this.connection = connection;
    this.stopSignal = signal;
    this.refusal = tokenMayTravelTo(options.baseUrl)
      ? null
      : new SyncError('not-configured', `The district server address is refused: ${PLAIN_HTTP_REFUSED} Change it in the technician settings.`);
    this.now = options.now ?? (() => new Date());
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.http = axios.create({
      baseURL: options.baseUrl.replace(/\/+$/, ''),
      headers: {
        Authorization: `Bearer ${options.token}`,
        'X-Kiosk-Id': options.kioskId,
        'X-Kiosk-Protocol': PROTOCOL_VERSION,
        'Accept-Encoding': 'gzip',
        Accept: 'application/json',
      },
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      maxRedirects: 0,
      decompress: true,
      // Decompressed; each request lowers it to what its answer can need.
      maxContentLength: MAX_RESPONSE_BYTES,
      httpAgent: agent.httpAgent,
      httpsAgent: agent.httpsAgent,
      proxy: false,
    });
  }

  /** With `compact`, asks for the compact shape; a server that does not offer it sends `items`. */
  async fetchChanges(cursor: string | null, limit: number, options: { compact?: boolean } = {}): Promise<ChangesEnvelope> {
    const params = { ...(cursor ? { cursor } : {}), limit, ...(options.compact ? { shape: 'compact' } : {}) };
    const res = await this.request('GET', '/v1/dossiers/changes', { params }, maxPageBytes(limit));
    if (res.status === 410) throw new SyncError('cursor-expired', 'The server no longer keeps changes this old: a full resync is needed.');
    const raw = this.parseJson(this.expectOk(res), 'change feed');
    checkPageCounts(raw, limit);
    const page = this.parseValue(raw, ChangesEnvelope, 'change feed');
    if (page.items === undefined && (page.rows === undefined || page.texts === undefined)) {
      throw new SyncError('bad-response', 'The district server sent a change feed page with neither items nor rows.');
    }
    return page;
  }

  /** The live record for one dossier, or null when the server does not know it. */
  async fetchDossier(code: string): Promise<unknown | null> {
    const res = await this.request('GET', `/v1/dossiers/${encodeURIComponent(code)}`, {}, MAX_SMALL_RESPONSE_BYTES);
    if (res.status === 404) return null;
    return this.parseJson(this.expectOk(res), 'dossier');
  }

  async fetchProcedures(etag: string | null): Promise<{ notModified: true } | { notModified: false; etag: string | null; items: unknown[] }> {
    const res = await this.request('GET', '/v1/procedures', { headers: etag ? { 'If-None-Match': etag } : {} });
    if (res.status === 304) return { notModified: true };
    const raw = this.parseJson(this.expectOk(res), 'procedure catalogue');
    const items = (raw as { items?: unknown } | null)?.items;
    if (Array.isArray(items) && items.length > MAX_CATALOGUE_RECORDS) {
      throw new SyncError('bad-response', `The district server sent a procedure catalogue of ${items.length} records; the kiosk accepts at most ${MAX_CATALOGUE_RECORDS}.`);
    }
    const body = this.parseValue(raw, ProceduresEnvelope, 'procedure catalogue');
    return { notModified: false, etag: storableEtag(res.headers.etag), items: body.items };
  }

  async postRatings(ratings: unknown[]): Promise<z.infer<typeof RatingsReply>> {
    const res = await this.request('POST', '/v1/ratings', { data: { ratings } }, MAX_SMALL_RESPONSE_BYTES);
    return this.parse(this.expectOk(res), RatingsReply, 'ratings reply');
  }

  async postHeartbeat(report: unknown): Promise<{ serverTime: Date | null; config: Record<string, unknown> | null }> {
    const res = await this.request('POST', '/v1/heartbeat', { data: report }, MAX_SMALL_RESPONSE_BYTES);
    const body = this.parse(this.expectOk(res), HeartbeatReply, 'heartbeat reply');
    const serverTime = body.serverTime ? new Date(body.serverTime) : null;
    return { serverTime: serverTime && !Number.isNaN(serverTime.getTime()) ? serverTime : null, config: body.config ?? null };
  }

  private async request(
    method: 'GET' | 'POST',
    url: string,
    extra: { params?: Record<string, unknown>; headers?: Record<string, string>; data?: unknown } = {},
    maxBytes = MAX_RESPONSE_BYTES,
  ): Promise<AxiosResponse<string>> {
    if (this.refusal) throw this.refusal;
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const signal = this.stopSignal ? AbortSignal.any([deadline, this.stopSignal]) : deadline;
    try {
      this.stopSignal?.throwIfAborted();
      return await this.http.request<string>({ method, url, ...extra, signal, timeout: this.timeoutMs, maxContentLength: maxBytes });
    } catch (error) {
      if (this.stopSignal?.aborted) throw new SyncError('cancelled', 'The request was cancelled: the kiosk service is stopping.');
      throw this.networkError(error, deadline.aborted, maxBytes);
    }
  }

  private expectOk(res: AxiosResponse<string>): AxiosResponse<string> {
    const protocol = res.headers['x-kiosk-protocol'] as string | undefined;
    if (res.status === 401 || res.status === 403) {
      throw new SyncError('unauthorized', 'The district server refused the kiosk token: check the token in the technician settings.');
    }
    if (res.status === 429 || res.status === 503) throw busy(res.status, parseRetryAfter(res.headers['retry-after'] as string | undefined, this.now()));
    if (res.status >= 500) throw new SyncError('server-error', `The district server failed (HTTP ${res.status}).`);
    if (res.status >= 300 && res.status < 400) {
      throw new SyncError('bad-response', `The district server redirected the kiosk (HTTP ${res.status}); the kiosk follows no redirect: set the server's final address in the technician settings.`);
    }
    if (protocol !== undefined && protocol !== PROTOCOL_VERSION) {
      throw new SyncError('protocol-version', `The district server speaks kiosk protocol ${protocol}; this kiosk speaks ${PROTOCOL_VERSION}.`);
    }
    if (res.status !== 200) throw new SyncError('bad-response', `The district server answered HTTP ${res.status} unexpectedly.`);
    return res;
  }

  private parseJson(res: AxiosResponse<string>, what: string): unknown {
    try {
      return JSON.parse(res.data);
    } catch {
      throw new SyncError('bad-response', `The district server sent a broken ${what} (not valid JSON; ${res.data.length} bytes).`);
    }
  }

  private parse<T>(res: AxiosResponse<string>, schema: z.ZodType<T>, what: string): T {
    return this.parseValue(this.parseJson(res, what), schema, what);
  }

  private parseValue<T>(value: unknown, schema: z.ZodType<T>, what: string): T {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new SyncError('bad-response', `The district server sent a ${what} of the wrong shape.`);
    return parsed.data;
  }

  private networkError(error: unknown, deadlinePassed: boolean, maxBytes: number): SyncError {
    if (deadlinePassed) return new SyncError('timeout', `The district server did not answer within ${Math.round(this.timeoutMs / 1000)} s.`);
    if (/maxContentLength/.test((error as Error).message ?? '')) {
      return new SyncError('bad-response', `The district server sent an answer larger than ${describeBytes(maxBytes)}.`);
    }
    const code = (error as { code?: string }).code ?? '';
    if (code === 'HPE_HEADER_OVERFLOW') return new SyncError('bad-response', 'The district server sent headers larger than 16 KB.');
    const messages: Record<string, string> = {
      ENOTFOUND: 'The district server name cannot be found (DNS).',
      EAI_AGAIN: 'The district server name cannot be looked up right now (DNS).',
      ECONNREFUSED: 'The district server refused the connection (nothing listens at that address).',
      ECONNRESET: 'The connection to the district server was cut.',
      ECONNABORTED: `The district server did not answer within ${Math.round(this.timeoutMs / 1000)} s.`,
      ETIMEDOUT: 'The connection to the district server timed out.',
      EHOSTUNREACH: 'The district server cannot be reached (no route).',
      ENETUNREACH: 'The network is down.',
      ERR_BAD_RESPONSE: 'The connection to the district server was cut mid-answer.',
      ERR_CANCELED: `The district server did not answer within ${Math.round(this.timeoutMs / 1000)} s.`,
    };
    if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
      return new SyncError('network', `The district server's TLS certificate is not trusted (${code}).`);
    }
    const kind = code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ERR_CANCELED' ? 'timeout' : 'network';
    return new SyncError(kind, messages[code] ?? `The district server cannot be reached (${code || (error as Error).message}).`);
  }
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** A busy answer; a pause longer than the kiosk accepts is cut, and the technician told. */
function busy(status: number, asked: number | null): SyncError {
  if (asked === null) return new SyncError('rate-limited', `The district server is busy (HTTP ${status}).`);
  if (asked <= MAX_RETRY_AFTER_SEC) return new SyncError('rate-limited', `The district server is busy (HTTP ${status}); it asked to wait ${asked} s.`, asked);
  return new SyncError(
    'rate-limited',
    `The district server is busy (HTTP ${status}) and asked the kiosk to pause for ${describePause(asked)}; ` +
      `the kiosk waits at most ${describePause(MAX_RETRY_AFTER_SEC)} and will try again then. If the pause is intended, ask the district IT.`,
    MAX_RETRY_AFTER_SEC,
  );
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
