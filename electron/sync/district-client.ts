import http from 'node:http';
import https from 'node:https';
import axios from 'axios';
import type { AxiosInstance, AxiosResponse } from 'axios';
import { z } from 'zod';
import { parseRetryAfter, SyncError } from './sync-error.ts';

export const PROTOCOL_VERSION = '1';
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

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
  readonly connection: Omit<DistrictClientOptions, 'now' | 'signal'>;
  private readonly stopSignal: AbortSignal | undefined;

  constructor(options: DistrictClientOptions) {
    const { now: _now, signal, ...connection } = options;
    this.connection = connection;
    this.stopSignal = signal;
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
      // Decompressed; a full page of 5,000 records is about 5 MB.
      maxContentLength: MAX_RESPONSE_BYTES,
      httpAgent: new http.Agent({ keepAlive: true }),
      httpsAgent: new https.Agent({ keepAlive: true, ca: options.ca, rejectUnauthorized: true }),
      proxy: false,
    });
  }

  /** With `compact`, asks for the compact shape; a server that does not offer it sends `items`. */
  async fetchChanges(cursor: string | null, limit: number, options: { compact?: boolean } = {}): Promise<ChangesEnvelope> {
    const params = { ...(cursor ? { cursor } : {}), limit, ...(options.compact ? { shape: 'compact' } : {}) };
    const res = await this.request('GET', '/v1/dossiers/changes', { params });
    if (res.status === 410) throw new SyncError('cursor-expired', 'The server no longer keeps changes this old: a full resync is needed.');
    const page = this.parse(this.expectOk(res), ChangesEnvelope, 'change feed');
    if (page.items === undefined && (page.rows === undefined || page.texts === undefined)) {
      throw new SyncError('bad-response', 'The district server sent a change feed page with neither items nor rows.');
    }
    return page;
  }

  /** The live record for one dossier, or null when the server does not know it. */
  async fetchDossier(code: string): Promise<unknown | null> {
    const res = await this.request('GET', `/v1/dossiers/${encodeURIComponent(code)}`);
    if (res.status === 404) return null;
    return this.parseJson(this.expectOk(res), 'dossier');
  }

  async fetchProcedures(etag: string | null): Promise<{ notModified: true } | { notModified: false; etag: string | null; items: unknown[] }> {
    const res = await this.request('GET', '/v1/procedures', { headers: etag ? { 'If-None-Match': etag } : {} });
    if (res.status === 304) return { notModified: true };
    const body = this.parse(this.expectOk(res), ProceduresEnvelope, 'procedure catalogue');
    return { notModified: false, etag: (res.headers.etag as string | undefined) ?? null, items: body.items };
  }

  async postRatings(ratings: unknown[]): Promise<z.infer<typeof RatingsReply>> {
    const res = await this.request('POST', '/v1/ratings', { data: { ratings } });
    return this.parse(this.expectOk(res), RatingsReply, 'ratings reply');
  }

  async postHeartbeat(report: unknown): Promise<{ serverTime: Date | null; config: Record<string, unknown> | null }> {
    const res = await this.request('POST', '/v1/heartbeat', { data: report });
    const body = this.parse(this.expectOk(res), HeartbeatReply, 'heartbeat reply');
    const serverTime = body.serverTime ? new Date(body.serverTime) : null;
    return { serverTime: serverTime && !Number.isNaN(serverTime.getTime()) ? serverTime : null, config: body.config ?? null };
  }

  private async request(
    method: 'GET' | 'POST',
    url: string,
    extra: { params?: Record<string, unknown>; headers?: Record<string, string>; data?: unknown } = {},
  ): Promise<AxiosResponse<string>> {
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const signal = this.stopSignal ? AbortSignal.any([deadline, this.stopSignal]) : deadline;
    try {
      this.stopSignal?.throwIfAborted();
      return await this.http.request<string>({ method, url, ...extra, signal, timeout: this.timeoutMs });
    } catch (error) {
      if (this.stopSignal?.aborted) throw new SyncError('cancelled', 'The request was cancelled: the kiosk service is stopping.');
      throw this.networkError(error, deadline.aborted);
    }
  }

  private expectOk(res: AxiosResponse<string>): AxiosResponse<string> {
    const protocol = res.headers['x-kiosk-protocol'] as string | undefined;
    if (res.status === 401 || res.status === 403) {
      throw new SyncError('unauthorized', 'The district server refused the kiosk token: check the token in the technician settings.');
    }
    if (res.status === 429 || res.status === 503) {
      const wait = parseRetryAfter(res.headers['retry-after'] as string | undefined, this.now());
      throw new SyncError('rate-limited', `The district server is busy (HTTP ${res.status})${wait !== null ? `; it asked to wait ${wait} s` : ''}.`, wait);
    }
    if (res.status >= 500) throw new SyncError('server-error', `The district server failed (HTTP ${res.status}).`);
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
    const parsed = schema.safeParse(this.parseJson(res, what));
    if (!parsed.success) throw new SyncError('bad-response', `The district server sent a ${what} of the wrong shape.`);
    return parsed.data;
  }

  private networkError(error: unknown, deadlinePassed: boolean): SyncError {
    if (deadlinePassed) return new SyncError('timeout', `The district server did not answer within ${Math.round(this.timeoutMs / 1000)} s.`);
    if (/maxContentLength/.test((error as Error).message ?? '')) {
      return new SyncError('bad-response', `The district server sent an answer larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB.`);
    }
    const code = (error as { code?: string }).code ?? '';
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
