import axios from 'axios';
import type { AxiosInstance, AxiosResponse } from 'axios';
import type { z } from 'zod';
import { PLAIN_HTTP_REFUSED, tokenMayTravelTo } from '../../settings/district-token-policy.ts';
import { newDistrictAgent } from '../district-agents.ts';
import { MAX_RESPONSE_BYTES } from '../district-limits.ts';
import { textOf } from '../json-bytes.ts';
import { describePause, MAX_RETRY_AFTER_SEC, parseRetryAfter, SyncError } from '../sync-error.ts';
import { AnswerTooLarge, decompressAnswer } from './decompress-answer.ts';
import type { DistrictServerOptions } from './district-server.ts';

export interface DistrictRequest {
  params?: Record<string, unknown>;
  headers?: Record<string, string>;
  data?: unknown;
}

/**
 * The HTTP side every protocol shares: the token as a bearer, the pinned CA, keep-alive agents,
 * a deadline per request, size limits, no redirects, and each failure as a SyncError with a
 * sentence for the technician.
 */
export class DistrictHttp {
  private readonly http: AxiosInstance;
  private readonly now: () => Date;
  readonly timeoutMs: number;
  private readonly stopSignal: AbortSignal | undefined;
  /** Set when the token must not go to this address (plain http:// to another machine): every request fails with it. */
  private readonly refusal: SyncError | null;

  constructor(options: DistrictServerOptions, headers: Record<string, string>) {
    const agent = options.agents?.agentFor(options.baseUrl, options.ca) ?? newDistrictAgent(options.ca);
    this.stopSignal = options.signal;
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
        'Accept-Encoding': 'gzip',
        Accept: 'application/json',
        ...headers,
      },
      responseType: 'arraybuffer',
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      maxRedirects: 0,
      // The kiosk decompresses answers itself (decompress-answer.ts), in larger chunks.
      decompress: false,
      // Before decompression; each request lowers it to what its answer can need, and
      // decompression stops at the same size.
      maxContentLength: MAX_RESPONSE_BYTES,
      httpAgent: agent.httpAgent,
      httpsAgent: agent.httpsAgent,
      proxy: false,
    });
  }

  /** The answer as text: UTF-8, decompressed, without a leading byte-order mark. */
  async request(method: 'GET' | 'POST', url: string, extra: DistrictRequest = {}, maxBytes = MAX_RESPONSE_BYTES): Promise<AxiosResponse<string>> {
    const res = await this.requestBytes(method, url, extra, maxBytes);
    return { ...res, data: textOf(res.data) };
  }

  /** The same, the answer left as its (decompressed) bytes: a feed page is read from them (compact-page-bytes.ts, items-page-bytes.ts). */
  async requestBytes(method: 'GET' | 'POST', url: string, extra: DistrictRequest = {}, maxBytes = MAX_RESPONSE_BYTES): Promise<AxiosResponse<Buffer>> {
    if (this.refusal) throw this.refusal;
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const signal = this.stopSignal ? AbortSignal.any([deadline, this.stopSignal]) : deadline;
    let res: AxiosResponse<Buffer>;
    try {
      this.stopSignal?.throwIfAborted();
      res = await this.http.request<Buffer>({ method, url, ...extra, signal, timeout: this.timeoutMs, maxContentLength: maxBytes });
    } catch (error) {
      if (this.stopSignal?.aborted) throw new SyncError('cancelled', 'The request was cancelled: the kiosk service is stopping.');
      throw this.networkError(error, deadline.aborted, maxBytes);
    }
    if (res.status === 204) return res;
    try {
      return { ...res, data: await decompressAnswer(res.data, res.headers['content-encoding'], maxBytes) };
    } catch (error) {
      if (error instanceof AnswerTooLarge) throw tooLarge(maxBytes);
      throw new SyncError('bad-response', `The district server sent a compressed answer that the kiosk cannot decompress (${(error as { code?: string }).code ?? 'unknown'}).`);
    }
  }

  /** Refused token, busy, failed or redirected: the failures every protocol names the same way. */
  failureOf(res: AxiosResponse<unknown>): SyncError | null {
    if (res.status === 401 || res.status === 403) {
      return new SyncError('unauthorized', 'The district server refused the kiosk token: check the token in the technician settings.');
    }
    if (res.status === 429 || res.status === 503) return busy(res.status, parseRetryAfter(res.headers['retry-after'] as string | undefined, this.now()));
    if (res.status >= 500) return new SyncError('server-error', `The district server failed (HTTP ${res.status}).`);
    if (res.status >= 300 && res.status < 400) {
      return new SyncError('bad-response', `The district server redirected the kiosk (HTTP ${res.status}); the kiosk follows no redirect: set the server's final address in the technician settings.`);
    }
    return null;
  }

  expectOk<T>(res: AxiosResponse<T>): AxiosResponse<T> {
    const failure = this.failureOf(res);
    if (failure) throw failure;
    if (res.status !== 200) throw new SyncError('bad-response', `The district server answered HTTP ${res.status} unexpectedly.`);
    return res;
  }

  parseJson(res: AxiosResponse<string>, what: string): unknown {
    try {
      return JSON.parse(res.data);
    } catch {
      throw new SyncError('bad-response', `The district server sent a broken ${what} (not valid JSON; ${res.data.length} bytes).`);
    }
  }

  parse<T>(res: AxiosResponse<string>, schema: z.ZodType<T>, what: string): T {
    return this.parseValue(this.parseJson(res, what), schema, what);
  }

  parseValue<T>(value: unknown, schema: z.ZodType<T>, what: string): T {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new SyncError('bad-response', `The district server sent a ${what} of the wrong shape.`);
    return parsed.data;
  }

  private networkError(error: unknown, deadlinePassed: boolean, maxBytes: number): SyncError {
    if (deadlinePassed) return new SyncError('timeout', `The district server did not answer within ${Math.round(this.timeoutMs / 1000)} s.`);
    if (/maxContentLength/.test((error as Error).message ?? '')) return tooLarge(maxBytes);
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

function tooLarge(maxBytes: number): SyncError {
  return new SyncError('bad-response', `The district server sent an answer larger than ${describeBytes(maxBytes)}.`);
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
