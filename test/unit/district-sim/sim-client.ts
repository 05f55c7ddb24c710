import http from 'node:http';
import zlib from 'node:zlib';
import { afterEach } from 'vitest';
import { startDistrictSim } from '../../district-sim/index.ts';
import type { DistrictSim, DistrictSimOptions } from '../../district-sim/index.ts';

export const TOKEN = 'kiosk-token-0001';

export interface SimResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Bytes as received on the wire. */
  raw: Buffer;
  /** The body, gunzipped when it was gzipped. */
  text: string;
  /** Set when the connection failed mid-response. */
  error?: Error;
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  token?: string | null;
  gzip?: boolean;
  headers?: Record<string, string>;
}

/** One raw HTTP request to the simulator, as a kiosk would send it unless told otherwise. */
export function call(sim: DistrictSim, path: string, options: CallOptions = {}): Promise<SimResponse> {
  const token = options.token === undefined ? TOKEN : options.token;
  const headers: Record<string, string> = {
    'X-Kiosk-Id': 'kiosk-test-01',
    'X-Kiosk-Protocol': '1',
    ...(options.gzip === false ? {} : { 'Accept-Encoding': 'gzip' }),
    ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
    ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = http.request(`${sim.url}${path}`, { method: options.method ?? 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      const finish = (error?: Error) => {
        const raw = Buffer.concat(chunks);
        let text = '';
        try {
          text = (res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8');
        } catch (gunzipError) {
          error ??= gunzipError as Error;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text, ...(error ? { error } : {}) });
      };
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => finish());
      res.on('aborted', () => finish(new Error('aborted')));
      res.on('error', (error) => finish(error));
    });
    req.on('error', reject);
    req.end(options.body === undefined ? undefined : JSON.stringify(options.body));
  });
}

export async function callJson<T = Record<string, unknown>>(sim: DistrictSim, path: string, options?: CallOptions): Promise<{ status: number; body: T; response: SimResponse }> {
  const response = await call(sim, path, options);
  return { status: response.status, body: JSON.parse(response.text) as T, response };
}

export interface ChangesPage<T = Record<string, unknown>> {
  items: T[];
  nextCursor: string;
  hasMore: boolean;
  serverTime: string;
}

export const changesPath = (cursor: string | null, limit?: number): string => {
  const query = new URLSearchParams();
  if (cursor !== null) query.set('cursor', cursor);
  if (limit !== undefined) query.set('limit', String(limit));
  const text = query.toString();
  return `/v1/dossiers/changes${text ? `?${text}` : ''}`;
};

export async function changesPage<T = Record<string, unknown>>(sim: DistrictSim, cursor: string | null, limit?: number): Promise<ChangesPage<T>> {
  const { status, body } = await callJson<ChangesPage<T>>(sim, changesPath(cursor, limit));
  if (status !== 200) throw new Error(`changes answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** Pages through the feed from `cursor` until hasMore is false. */
export async function readFeed<T = Record<string, unknown>>(sim: DistrictSim, cursor: string | null, limit?: number): Promise<{ items: T[]; pages: number; cursor: string }> {
  const items: T[] = [];
  let pages = 0;
  let next = cursor;
  for (;;) {
    const page = await changesPage<T>(sim, next, limit);
    items.push(...page.items);
    pages++;
    next = page.nextCursor;
    if (!page.hasMore) return { items, pages, cursor: next };
  }
}

/** A simulator per test, closed afterwards. */
export function useSim(): (options?: Partial<DistrictSimOptions>) => Promise<DistrictSim> {
  const started: DistrictSim[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((sim) => sim.close()));
  });
  return async (options = {}) => {
    const sim = await startDistrictSim({ dossiers: 300, token: TOKEN, seed: 7, anchor: new Date('2026-11-20T03:00:00Z'), ...options });
    started.push(sim);
    return sim;
  };
}
