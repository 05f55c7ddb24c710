// Real servers on loopback for the connection tests: TLS certificates made by openssl at test
// time, HTTPS and TLS servers with them, and small HTTP servers that misbehave on purpose.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import tls from 'node:tls';

export interface KeyPair {
  key: string;
  cert: string;
}

export interface TlsFixtures {
  caPem: string;
  /** Signed by the CA, for localhost and 127.0.0.1. */
  server: KeyPair;
  /** Signed by the CA, for another name. */
  wrongName: KeyPair;
  /** Signed by the CA, expired yesterday. */
  expired: KeyPair;
  /** Self-signed, for localhost. */
  selfSigned: KeyPair;
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

export function makeTlsFixtures(dir: string): TlsFixtures {
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('/usr/bin/openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl('req', '-x509', ...EC, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '30', '-subj', '/CN=Test District CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  const signed = (name: string, san: string, days: string): KeyPair => {
    fs.writeFileSync(file(`${name}.ext`), `subjectAltName=${san}\n`);
    openssl('req', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', '/CN=district-test');
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', days, '-extfile', `${name}.ext`);
    return { key: fs.readFileSync(file(`${name}.key`), 'utf8'), cert: fs.readFileSync(file(`${name}.pem`), 'utf8') };
  };
  openssl('req', '-x509', ...EC, '-keyout', 'self.key', '-out', 'self.pem', '-days', '30', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1');
  return {
    caPem: fs.readFileSync(file('ca.pem'), 'utf8'),
    server: signed('server', 'DNS:localhost,IP:127.0.0.1', '30'),
    wrongName: signed('wrong', 'DNS:other.example', '30'),
    expired: signed('expired', 'DNS:localhost,IP:127.0.0.1', '-1'),
    selfSigned: { key: fs.readFileSync(file('self.key'), 'utf8'), cert: fs.readFileSync(file('self.pem'), 'utf8') },
  };
}

export interface TestServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function listen(server: net.Server, scheme: string): Promise<TestServer> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `${scheme}://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            (server as http.Server).closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

export interface FakeDistrictOptions {
  tls?: KeyPair;
  /** X-Kiosk-Protocol of every answer; null: no such header (not a district server). */
  protocol?: string | null;
  status?: number;
  body?: unknown;
}

/** Answers every request like a district server asked for an unknown dossier (404), or as told. */
export function startFakeDistrict(options: FakeDistrictOptions = {}): Promise<TestServer> {
  const handler: http.RequestListener = (_req, res) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    const protocol = options.protocol === undefined ? '1' : options.protocol;
    if (protocol !== null) headers['X-Kiosk-Protocol'] = protocol;
    res.writeHead(options.status ?? 404, headers);
    res.end(JSON.stringify(options.body ?? { error: 'not-found', message: 'No dossier has this code.' }));
  };
  return options.tls ? listen(https.createServer(options.tls, handler), 'https') : listen(http.createServer(handler), 'http');
}

/** A TLS server that only shakes hands (its certificate is what the test is about). */
export function startTlsServer(pair: KeyPair): Promise<TestServer> {
  const server = tls.createServer(pair, (socket) => socket.end());
  return listen(server, 'https');
}

/** Accepts connections and never answers. */
export function startSilentServer(): Promise<TestServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return listen(server, 'http').then((s) => ({
    ...s,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await s.close();
    },
  }));
}

/** A port on which nothing listens (taken, then released). */
export async function freePort(): Promise<number> {
  const server = await listen(net.createServer(), 'http');
  await server.close();
  return server.port;
}
