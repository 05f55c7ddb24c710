import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_CALL_PREFIX, HTTP_CALL_SOCKET_PATH, HTTP_EVENTS_PATH } from '../../shared/contract/index.ts';
import type { CallErrorCode, CallResponse } from '../../shared/contract/index.ts';
import type { KioskHost } from '../host/kiosk-host.types.ts';
import { createCallSocket } from './call-socket.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { openEventStream } from './event-stream.ts';
import type { EventStream } from './event-stream.ts';
import { readStaticFile } from './static-files.ts';

export interface HttpTransportOptions {
  host: KioskHost;
  /** Built UI folder (dist/renderer). */
  uiRoot: string;
  port?: number;
  /** Per-launch secret; random when omitted. */
  token?: string;
}

export interface HttpTransport {
  port: number;
  token: string;
  /** Opening this URL authorises the browser (cookie) and shows the kiosk. */
  url: string;
  close(): Promise<void>;
}

const COOKIE = 'kiosk_token';
const MAX_BODY_BYTES = 64 * 1024;
const SSE_KEEPALIVE_MS = 15_000;

const STATUS_BY_ERROR: Record<CallErrorCode, number> = {
  'invalid-input': 400,
  unauthorized: 401,
  'unknown-method': 404,
  internal: 500,
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * Serves the built UI, the KioskApi and its pushes on 127.0.0.1 only. Every request but the
 * token exchange needs the per-launch token (cookie or bearer); Host and Origin are checked so
 * another web page in the same browser cannot reach the API (DNS rebinding, CSRF).
 */
export async function startHttpTransport(options: HttpTransportOptions): Promise<HttpTransport> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const eventStreams = new Set<EventStream>();
  let port = 0;

  const tokenMatches = (candidate: string | undefined): boolean => {
    if (!candidate) return false;
    const bytes = Buffer.from(candidate);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };
  const presentedToken = (req: http.IncomingMessage): string | undefined => {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) return auth.slice(7);
    return readCookie(req.headers.cookie, COOKIE);
  };
  const hostAllowed = (req: http.IncomingMessage) =>
    req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;
  const originAllowed = (req: http.IncomingMessage) =>
    req.headers.origin === undefined || req.headers.origin === `http://${req.headers.host}`;

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'The kiosk could not complete this request.'));
      else res.destroy();
    });
  });
  // The calls' WebSocket lane: admitted as a POST call is (a browser always sends Origin on it).
  const callSocket = createCallSocket({
    host: options.host,
    admits: (req) => hostAllowed(req) && tokenMatches(presentedToken(req)) && originAllowed(req),
    maxMessageBytes: MAX_BODY_BYTES,
  });
  server.on('upgrade', (req, socket, head) => {
    if ((req.url ?? '').split('?')[0] === HTTP_CALL_SOCKET_PATH) return callSocket.upgrade(req, socket, head);
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!hostAllowed(req)) return sendText(res, 421, 'Misdirected request.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (req.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
      if (!tokenMatches(url.searchParams.get('token') ?? undefined)) return sendText(res, 401, 'Wrong kiosk token.');
      res.writeHead(303, {
        Location: '/',
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }
    if (!tokenMatches(presentedToken(req))) {
      if (url.pathname.startsWith('/api/')) return sendJson(res, 401, failure('unauthorized', 'Missing or wrong kiosk token.'));
      return sendText(res, 401, 'Open the address the kiosk printed at start-up (it carries the launch token).');
    }

    if (url.pathname.startsWith(HTTP_CALL_PREFIX)) {
      if (req.method !== 'POST') return sendText(res, 405, 'Use POST.', { Allow: 'POST' });
      if (!originAllowed(req)) return sendJson(res, 403, failure('unauthorized', 'Cross-origin calls are refused.'));
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, failure('invalid-input', 'The body must be application/json.'));
      }
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === null) return sendJson(res, 413, failure('invalid-input', 'The request body is too large.'));
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return sendJson(res, 400, failure('invalid-input', 'The request body is not valid JSON.'));
      }
      const method = url.pathname.slice(HTTP_CALL_PREFIX.length);
      const response = await options.host.call(method, input);
      return sendJson(res, response.ok ? 200 : STATUS_BY_ERROR[response.error.code], response);
    }

    if (url.pathname === HTTP_EVENTS_PATH && req.method === 'GET') {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        ...SECURITY_HEADERS,
      });
      const stream = openEventStream(res, options.host, { keepAliveMs: SSE_KEEPALIVE_MS, onStopped: () => eventStreams.delete(stream) });
      eventStreams.add(stream);
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.');
    const file = await readStaticFile(options.uiRoot, url.pathname);
    if (!file) return sendText(res, 404, 'Not found.');
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Cache-Control': file.contentType.startsWith('text/html') ? 'no-store' : 'public, max-age=3600',
      ...SECURITY_HEADERS,
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Each stream stops its pushes before it ends, so the host may go on emitting while it closes.
        for (const stream of [...eventStreams]) stream.close();
        callSocket.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function failure(code: CallErrorCode, message: string): CallResponse {
  return { ok: false, error: { code, message } };
}

function sendJson(res: http.ServerResponse, status: number, body: CallResponse): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(JSON.stringify(body));
}

function sendText(res: http.ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS, ...headers });
  res.end(text);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
