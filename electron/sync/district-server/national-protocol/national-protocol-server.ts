import type { AxiosResponse } from 'axios';
import { MAX_SMALL_RESPONSE_BYTES, maxPageBytes } from '../../district-limits.ts';
import { SyncError } from '../../sync-error.ts';
import { DistrictHttp } from '../district-http.ts';
import { connectionOf } from '../district-server.ts';
import type { ChangesEnvelope, DistrictConnection, DistrictServer, DistrictServerOptions, HeartbeatReply, ProceduresReply, RatingsReply } from '../district-server.ts';
import { cursorExpired, readChangesPage, readHeartbeatReply, readProcedures, readRatingsReply } from '../feed-replies.ts';
import { dossierOfAnswer, TRA_CUU_HO_SO_PATH, traCuuHoSoBody } from './tra-cuu-ho-so.ts';

/** The feed, catalogue, ratings and heartbeat paths are the kiosk protocol's; a national server sends the portal's records on them. */
const FEED_PROTOCOL_VERSION = '1';

/** Not offered: a path the server does not serve (a provincial system that only answers TraCuuHoSo). */
const notOffered = (res: AxiosResponse<string>) => res.status === 404 || res.status === 405 || res.status === 501;

/**
 * A district server that speaks the national portal's field names (docs/national-format.md):
 * one dossier by the portal's TraCuuHoSo (required), and, where the server offers them, a change
 * feed of the portal's records (`DongBoHoSoMC` with its `CapNhatTienDoHoSoMC` steps) at the kiosk
 * protocol's paths, the catalogue, ratings and heartbeat. A server without a feed is a
 * lookup-only server: `fetchChanges` fails with `no-change-feed`.
 */
export class NationalProtocolServer implements DistrictServer {
  readonly protocol = 'national';
  readonly feedFormat = 'national';
  readonly connection: DistrictConnection;
  private readonly http: DistrictHttp;

  constructor(options: DistrictServerOptions) {
    this.connection = connectionOf(options, 'national');
    this.http = new DistrictHttp(options, { 'X-Kiosk-Protocol': FEED_PROTOCOL_VERSION });
  }

  /** National records are sent as items: the compact shape is the kiosk format's own. */
  async fetchChanges(cursor: string | null, limit: number): Promise<ChangesEnvelope> {
    const params = { ...(cursor ? { cursor } : {}), limit };
    const res = await this.http.request('GET', '/v1/dossiers/changes', { params }, maxPageBytes(limit));
    if (notOffered(res)) throw new SyncError('no-change-feed', 'The district server offers no change feed (a lookup-only server): the kiosk looks each dossier up live.');
    if (res.status === 410) throw cursorExpired();
    return readChangesPage(this.http, this.http.expectOk(res), limit);
  }

  /** The portal answers an unknown code with an empty list; a 404 here means the server has no TraCuuHoSo at all. */
  async fetchDossier(code: string): Promise<unknown | null> {
    const res = await this.http.request('POST', TRA_CUU_HO_SO_PATH, { data: traCuuHoSoBody(code) }, MAX_SMALL_RESPONSE_BYTES);
    if (notOffered(res)) throw new SyncError('bad-response', `The district server does not answer TraCuuHoSo (HTTP ${res.status} at ${TRA_CUU_HO_SO_PATH}): check the server address and the protocol in the technician settings.`);
    return dossierOfAnswer(this.http.parseJson(this.http.expectOk(res), 'TraCuuHoSo answer'), code);
  }

  /** The kiosk's catalogue stays when the server publishes none. */
  async fetchProcedures(etag: string | null): Promise<ProceduresReply> {
    const res = await this.http.request('GET', '/v1/procedures', { headers: etag ? { 'If-None-Match': etag } : {} });
    if (res.status === 304 || notOffered(res)) return { notModified: true };
    return readProcedures(this.http, this.http.expectOk(res));
  }

  /** A server that takes no ratings keeps them waiting in the kiosk's outbox. */
  async postRatings(ratings: unknown[]): Promise<RatingsReply> {
    const res = await this.http.request('POST', '/v1/ratings', { data: { ratings } }, MAX_SMALL_RESPONSE_BYTES);
    if (notOffered(res)) throw new SyncError('not-found', 'The district server takes no ratings; they stay on the kiosk.');
    return readRatingsReply(this.http, this.http.expectOk(res));
  }

  /** A server that takes no heartbeat sends no configuration. */
  async postHeartbeat(report: unknown): Promise<HeartbeatReply> {
    const res = await this.http.request('POST', '/v1/heartbeat', { data: report }, MAX_SMALL_RESPONSE_BYTES);
    if (notOffered(res)) return { serverTime: null, config: null };
    return readHeartbeatReply(this.http, this.http.expectOk(res));
  }
}
