import type { IncomingHttpHeaders } from 'node:http';
import type { ChangeFeed } from '../change-feed.ts';
import type { Cursor } from '../cursor.ts';
import type { DistrictData } from '../district-data.ts';
import type { DossierOutput } from '../dossier-output.ts';
import type { FaultSpec } from '../faults.ts';
import type { ProcedureCatalogueState } from './procedures.ts';
import type { HeartbeatStore } from './heartbeat.ts';
import type { PagePrefetch } from './page-prefetch.ts';
import type { RatingStore } from './ratings.ts';

/** What the route handlers work on. */
export interface SimState {
  data: DistrictData;
  feed: ChangeFeed;
  output: DossierOutput;
  catalogue: ProcedureCatalogueState;
  ratings: RatingStore;
  heartbeats: HeartbeatStore;
  prefetch: PagePrefetch<Cursor>;
  /** Whether `shape=compact` is honoured (kiosk format only). */
  compactFeed: boolean;
  /** Only TraCuuHoSo is served, as by a provincial system with no change feed (national format only). */
  lookupOnly: boolean;
}

/** An authenticated kiosk request, with its body read. */
export interface KioskRequest {
  url: URL;
  headers: IncomingHttpHeaders;
  kioskId: string;
  acceptsGzip: boolean;
  body: Buffer;
  /** A fault that changes the page or record served (schema-invalid, duplicate-page, overlapping-page). */
  pageFault: FaultSpec | undefined;
}
