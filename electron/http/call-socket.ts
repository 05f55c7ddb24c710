import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { RawData } from 'ws';
import type { CallResponse } from '../../shared/contract/index.ts';
import type { KioskHost } from '../host/kiosk-host.types.ts';

export interface CallSocketOptions {
  host: Pick<KioskHost, 'call'>;
  /** The checks a POST call passes (token, Host, Origin): a handshake that fails them is refused. */
  admits(req: http.IncomingMessage): boolean;
  maxMessageBytes: number;
}

export interface CallSocket {
  /** Takes over an HTTP upgrade request for the socket's path. */
  upgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

/** The close code for a message that is not a call. */
const POLICY_VIOLATION = 1008;

interface SocketCall {
  id: number;
  method: string;
  input: unknown;
}

function parseCall(data: RawData, isBinary: boolean): SocketCall | null {
  if (isBinary) return null;
  let message: unknown;
  try {
    message = JSON.parse(data.toString());
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  const { id, method, input } = message as Record<string, unknown>;
  if (!Number.isSafeInteger(id) || (id as number) < 0 || typeof method !== 'string') return null;
  return { id: id as number, method, input: input ?? {} };
}

/**
 * The WebSocket lane of the loopback HTTP transport: the same calls as `POST /api/call/<method>`,
 * over one socket the page keeps open. A fetch costs Chromium a new request each time (headers,
 * cookies, a body pipe, several process hops: about 9 ms median on a 2-core kiosk, against about
 * 2.5 ms for a message on an open socket), and a citizen waits on it after every scan.
 * Each message is answered with its id, in whatever order the host finishes; something that is
 * not a call closes the socket (the page falls back to fetch and opens a new one).
 */
export function createCallSocket(options: CallSocketOptions): CallSocket {
  const server = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });
  server.on('connection', (socket: WebSocket) => {
    socket.on('message', (data, isBinary) => {
      const call = parseCall(data, isBinary);
      if (!call) return socket.close(POLICY_VIOLATION, 'Not a kiosk call.');
      void options.host
        .call(call.method, call.input)
        .catch((): CallResponse => ({ ok: false, error: { code: 'internal', message: 'The kiosk could not complete this request.' } }))
        .then((response) => {
          if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ id: call.id, response }));
        });
    });
    // A socket error (a message over maxPayload, a broken frame) closes it; nothing else to do.
    socket.on('error', () => socket.terminate());
  });
  return {
    upgrade(req, socket, head) {
      if (!options.admits(req)) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      server.handleUpgrade(req, socket, head, (ws) => server.emit('connection', ws, req));
    },
    close() {
      for (const client of server.clients) client.terminate();
      server.close();
    },
  };
}
