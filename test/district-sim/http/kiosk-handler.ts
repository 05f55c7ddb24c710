import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { FaultControl, FaultKind, FaultSpec } from '../faults.ts';
import type { RequestLog } from '../request-log.ts';
import { dispatch } from '../routes/dispatch.ts';
import type { SimState } from '../routes/kiosk-request.ts';
import { matchRoute } from '../routes/route-table.ts';
import { faultReply } from './fault-replies.ts';
import { readBody } from './read-body.ts';
import { errorReply } from './reply.ts';
import type { Reply } from './reply.ts';
import { acceptsGzip, sendReply } from './send-reply.ts';

const PAGE_FAULTS: readonly FaultKind[] = ['schema-invalid', 'duplicate-page', 'overlapping-page', 'catalogue-emptied', 'catalogue-broken'];
const DELIVERY_FAULTS: readonly FaultKind[] = ['truncated-json', 'connection-reset', 'slow-drip'];
const MAX_KIOSK_ID = 100;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function tokenMatches(header: string | undefined, token: string): boolean {
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function loggedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers[name] = name === 'authorization' ? String(value).replace(/^(\S+\s+).*$/, '$1<redacted>') : String(value);
  }
  return headers;
}

function headerProblem(req: IncomingMessage): Reply | undefined {
  if (req.headers['x-kiosk-protocol'] !== '1') return errorReply(400, 'unsupported-protocol', 'Send X-Kiosk-Protocol: 1.');
  const kioskId = req.headers['x-kiosk-id'];
  if (typeof kioskId !== 'string' || kioskId.length === 0 || kioskId.length > MAX_KIOSK_ID) {
    return errorReply(400, 'missing-kiosk-id', 'Send X-Kiosk-Id with the kiosk id.');
  }
  return undefined;
}

function chooseReply(state: SimState, req: IncomingMessage, url: URL, body: Buffer | null, fired: FaultSpec[], authorized: boolean): Reply {
  const replaced = fired.map(faultReply).find((r) => r !== undefined);
  if (replaced) return replaced;
  if (!authorized) return errorReply(401, 'unauthorized', 'The kiosk token was not accepted.');
  const method = req.method ?? 'GET';
  const match = matchRoute(method, url.pathname);
  if (match.route === null) {
    return errorReply(match.status, match.status === 404 ? 'not-found' : 'method-not-allowed', `No ${method} ${url.pathname}.`);
  }
  if (state.lookupOnly && match.route !== 'tra-cuu-ho-so') return errorReply(404, 'not-found', `No ${method} ${url.pathname}: this server answers only POST /TraCuuHoSo.`);
  // The portal's adapters send no kiosk headers with TraCuuHoSo.
  const problem = match.route === 'tra-cuu-ho-so' ? undefined : headerProblem(req);
  if (problem) return problem;
  if (body === null) return errorReply(413, 'too-large', 'The body is larger than 1 MB.');
  return dispatch(state, match, {
    url,
    headers: req.headers,
    kioskId: String(req.headers['x-kiosk-id']),
    acceptsGzip: acceptsGzip(req.headers['accept-encoding']),
    body,
    pageFault: fired.find((f) => PAGE_FAULTS.includes(f.kind)),
  });
}

/** Serves the kiosk protocol: auth, faults, the route, delivery, and a log entry per request. */
export function kioskHandler(state: SimState, token: string, faults: FaultControl, log: RequestLog) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const started = performance.now();
    const at = new Date().toISOString();
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    const match = matchRoute(method, url.pathname);
    const authorized = tokenMatches(req.headers.authorization, token);

    const fired: FaultSpec[] = match.route === null ? [] : faults.draw({ route: match.route, hasCursor: url.searchParams.has('cursor') });
    const delay = fired.reduce((total, f) => total + (f.kind === 'latency' ? (f.ms ?? 1000) : 0), 0);
    if (delay > 0) await sleep(delay);

    let reply: Reply;
    try {
      reply = chooseReply(state, req, url, body, fired, authorized);
    } catch (error) {
      reply = errorReply(500, 'internal', error instanceof Error ? error.message : String(error));
    }
    if (state.lookupOnly || match.route === 'tra-cuu-ho-so') reply = { ...reply, portalStyle: true };

    const delivered = await sendReply(res, reply, acceptsGzip(req.headers['accept-encoding']), fired.find((f) => DELIVERY_FAULTS.includes(f.kind)));
    log.add({
      at,
      method,
      path: req.url ?? '',
      route: match.route,
      status: reply.status,
      bytes: delivered.bytes,
      gzip: delivered.gzip,
      headers: loggedHeaders(req),
      authorized,
      faults: fired.map((f) => f.kind),
      durationMs: Math.round(performance.now() - started),
    });
  };
}
