import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { FaultControl } from '../faults.ts';
import { FaultSpec } from '../faults.ts';
import type { RequestLogEntry } from '../request-log.ts';
import { parseJsonBody } from '../routes/json-body.ts';
import { readBody } from './read-body.ts';
import { errorReply, jsonReply } from './reply.ts';
import type { Reply } from './reply.ts';
import { sendReply } from './send-reply.ts';

/** What tests and demos can do to a running simulator. */
export interface SimControls {
  advance(n: number): string[];
  deleteDossiers(n: number): string[];
  expireCursors(): void;
  reviseProcedures(): string;
  faults: FaultControl;
  requests(): RequestLogEntry[];
  clearRequests(): void;
  summary(): Record<string, unknown>;
}

const Count = z.strictObject({ n: z.number().int().nonnegative().max(10_000_000) });
const Faults = z.union([FaultSpec, z.array(FaultSpec), z.strictObject({ faults: z.array(FaultSpec) })]);

const isLoopback = (address: string | undefined): boolean =>
  address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

function route(controls: SimControls, method: string, url: URL, body: Buffer): Reply {
  const key = `${method} ${url.pathname}`;
  switch (key) {
    case 'GET /__sim/faults': return jsonReply(200, { faults: controls.faults.active() });
    case 'POST /__sim/faults': {
      const parsed = parseJsonBody(body, Faults);
      if (!parsed.ok) return errorReply(400, 'invalid-request', parsed.message);
      const specs = Array.isArray(parsed.value) ? parsed.value : 'faults' in parsed.value ? parsed.value.faults : [parsed.value];
      return jsonReply(200, { ids: specs.map((spec) => controls.faults.inject(spec)) });
    }
    case 'DELETE /__sim/faults': {
      controls.faults.clear(url.searchParams.get('id') ?? undefined);
      return jsonReply(200, { faults: controls.faults.active() });
    }
    case 'POST /__sim/advance':
    case 'POST /__sim/delete': {
      const parsed = parseJsonBody(body, Count);
      if (!parsed.ok) return errorReply(400, 'invalid-request', parsed.message);
      const codes = key.endsWith('advance') ? controls.advance(parsed.value.n) : controls.deleteDossiers(parsed.value.n);
      return jsonReply(200, { codes });
    }
    case 'POST /__sim/expire-cursors':
      controls.expireCursors();
      return jsonReply(200, { expired: true });
    case 'POST /__sim/revise-procedures': return jsonReply(200, { etag: controls.reviseProcedures() });
    case 'GET /__sim/requests': return jsonReply(200, { requests: controls.requests() });
    case 'DELETE /__sim/requests':
      controls.clearRequests();
      return jsonReply(200, { requests: [] });
    case 'GET /__sim/state': return jsonReply(200, controls.summary());
    default: return errorReply(404, 'not-found', `No ${key}.`);
  }
}

/** `/__sim/…`: simulator controls, without the kiosk token but only from loopback. */
export function adminHandler(controls: SimControls) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const body = await readBody(req);
    let reply: Reply;
    if (!isLoopback(req.socket.remoteAddress)) reply = errorReply(403, 'forbidden', 'Simulator controls answer only on loopback.');
    else if (body === null) reply = errorReply(413, 'too-large', 'The body is larger than 1 MB.');
    else reply = route(controls, req.method ?? 'GET', url, body);
    await sendReply(res, reply, false);
  };
}
