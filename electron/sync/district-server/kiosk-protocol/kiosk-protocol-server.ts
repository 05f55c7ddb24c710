import type { AxiosResponse } from 'axios';
import { MAX_RESPONSE_BYTES, MAX_SMALL_RESPONSE_BYTES, maxPageBytes } from '../../district-limits.ts';
import { SyncError } from '../../sync-error.ts';
import { DistrictHttp } from '../district-http.ts';
import type { DistrictRequest } from '../district-http.ts';
import { connectionOf } from '../district-server.ts';
import type { ChangesPage, DistrictConnection, FetchChangesOptions, DistrictServer, DistrictServerOptions, HeartbeatReply, ProceduresReply, RatingsReply } from '../district-server.ts';
import { readCompactPageBytes } from '../compact-page-bytes.ts';
import { readItemsPageBytes } from '../items-page-bytes.ts';
import { textOf } from '../../json-bytes.ts';
import { cursorExpired, readChangesPage, readHeartbeatReply, readProcedures, readRatingsReply } from '../feed-replies.ts';

export const PROTOCOL_VERSION = '1';

/** The kiosk's own sync protocol (docs/sync-protocol.openapi.yaml), under `/v1`. */
export class KioskProtocolServer implements DistrictServer {
  readonly protocol = 'kiosk';
  readonly feedFormat = 'kiosk';
  readonly connection: DistrictConnection;
  private readonly http: DistrictHttp;

  constructor(options: DistrictServerOptions) {
    this.connection = connectionOf(options, 'kiosk');
    this.http = new DistrictHttp(options, { 'X-Kiosk-Protocol': PROTOCOL_VERSION });
  }

  /**
   * With `compact`, asks for the compact shape; a server that does not offer it sends `items`.
   * With `itemBytes`, an items page's records are left as the answer's bytes (items-page-bytes.ts).
   */
  async fetchChanges(cursor: string | null, limit: number, options: FetchChangesOptions = {}): Promise<ChangesPage> {
    const params = { ...(cursor ? { cursor } : {}), limit, ...(options.compact ? { shape: 'compact' } : {}) };
    if (!options.compact && !options.itemBytes) {
      const res = await this.send('GET', '/v1/dossiers/changes', { params }, maxPageBytes(limit));
      if (res.status === 410) throw cursorExpired();
      return readChangesPage(this.http, this.expectOk(res), limit);
    }
    const res = await this.http.requestBytes('GET', '/v1/dossiers/changes', { params }, maxPageBytes(limit));
    if (res.status === 410) throw cursorExpired();
    const ok = this.expectOk(res);
    const asText = () => readChangesPage(this.http, { ...ok, data: textOf(ok.data) }, limit);
    return (options.compact ? readCompactPageBytes(ok.data, limit) : null) ?? (options.itemBytes ? readItemsPageBytes(ok.data, limit, asText) : null) ?? asText();
  }

  async fetchDossier(code: string): Promise<unknown | null> {
    const res = await this.send('GET', `/v1/dossiers/${encodeURIComponent(code)}`, {}, MAX_SMALL_RESPONSE_BYTES);
    if (res.status === 404) return null;
    return this.http.parseJson(this.expectOk(res), 'dossier');
  }

  async fetchProcedures(etag: string | null): Promise<ProceduresReply> {
    const res = await this.send('GET', '/v1/procedures', { headers: etag ? { 'If-None-Match': etag } : {} });
    if (res.status === 304) return { notModified: true };
    return readProcedures(this.http, this.expectOk(res));
  }

  async postRatings(ratings: unknown[]): Promise<RatingsReply> {
    const res = await this.send('POST', '/v1/ratings', { data: { ratings } }, MAX_SMALL_RESPONSE_BYTES);
    return readRatingsReply(this.http, this.expectOk(res));
  }

  async postHeartbeat(report: unknown): Promise<HeartbeatReply> {
    const res = await this.send('POST', '/v1/heartbeat', { data: report }, MAX_SMALL_RESPONSE_BYTES);
    return readHeartbeatReply(this.http, this.expectOk(res));
  }

  private send(method: 'GET' | 'POST', url: string, extra: DistrictRequest, maxBytes = MAX_RESPONSE_BYTES): Promise<AxiosResponse<string>> {
    return this.http.request(method, url, extra, maxBytes);
  }

  /** The shared failures first, then a server speaking another version of this protocol. */
  private expectOk<T>(res: AxiosResponse<T>): AxiosResponse<T> {
    const failure = this.http.failureOf(res);
    if (failure) throw failure;
    const protocol = res.headers['x-kiosk-protocol'] as string | undefined;
    if (protocol !== undefined && protocol !== PROTOCOL_VERSION) {
      throw new SyncError('protocol-version', `The district server speaks kiosk protocol ${protocol}; this kiosk speaks ${PROTOCOL_VERSION}.`);
    }
    return this.http.expectOk(res);
  }
}
