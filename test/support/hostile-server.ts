import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export type HostileHandler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => void;

export interface HostileServer {
  url: string;
  /** Requests answered, by path (no query). */
  requests: () => string[];
  /** TCP connections opened to it, and how many are still open. */
  connections: () => { opened: number; open: number };
}

/**
 * A district server that breaks the protocol on purpose, on loopback: each test writes the
 * answers. Closed after each test.
 */
export function useHostileServer(): (handler: HostileHandler) => Promise<HostileServer> {
  const servers: http.Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
  return async (handler) => {
    const seen: string[] = [];
    let opened = 0;
    let open = 0;
    const server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      seen.push(url.pathname);
      handler(req, res, url);
    });
    server.on('connection', (socket) => {
      opened += 1;
      open += 1;
      socket.on('close', () => (open -= 1));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}`, requests: () => [...seen], connections: () => ({ opened, open }) };
  };
}

/** A 200 JSON answer as the kiosk protocol sends it. */
export function sendJson(res: http.ServerResponse, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'Content-Type': 'application/json', 'X-Kiosk-Protocol': '1', ...headers });
  res.end(body);
}
