import type { Reply } from '../http/reply.ts';
import { changesRoute } from './changes.ts';
import { dossierRoute } from './dossier.ts';
import { heartbeatRoute } from './heartbeat.ts';
import type { KioskRequest, SimState } from './kiosk-request.ts';
import { proceduresRoute } from './procedures.ts';
import { ratingsRoute } from './ratings.ts';
import { traCuuHoSoRoute } from './tra-cuu-ho-so.ts';
import type { RouteMatch } from './route-table.ts';

export function dispatch(state: SimState, match: Exclude<RouteMatch, { route: null }>, request: KioskRequest): Reply {
  switch (match.route) {
    case 'changes': return changesRoute(state, request);
    case 'dossier': return dossierRoute(state, request, match.code);
    case 'procedures': return proceduresRoute(state.catalogue, request, request.pageFault);
    case 'ratings': return ratingsRoute(state.ratings, request);
    case 'heartbeat': return heartbeatRoute(state.heartbeats, request);
    case 'tra-cuu-ho-so': return traCuuHoSoRoute(state, request);
  }
}
