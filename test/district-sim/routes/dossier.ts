import { errorReply } from '../http/reply.ts';
import type { Reply } from '../http/reply.ts';
import type { KioskRequest, SimState } from './kiosk-request.ts';

/** `GET /v1/dossiers/{code}`: the live lookup for a cache miss. */
export function dossierRoute(state: SimState, request: KioskRequest, code: string): Reply {
  const index = state.data.layout.indexOf(code);
  if (index === null || state.data.isDeleted(index)) return errorReply(404, 'not-found', 'No dossier has this code.');
  const damage = request.pageFault?.kind === 'schema-invalid' ? 0 : undefined;
  return { status: 200, body: state.output.json(index, damage) };
}
