import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { HTTP_CALL_SOCKET_PATH } from '../../../../shared/contract/index.ts';
import { startHttpTransport } from '../../../../electron/http/http-transport.ts';
import type { HttpTransport } from '../../../../electron/http/http-transport.ts';
import type { KioskHost } from '../../../../electron/host/kiosk-host.types.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

/** A host that echoes its input; `slow` answers after `fast` to show answers are matched by id. */
function echoHost(): KioskHost & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async call(method, input) {
      calls.push(method);
      if (method === 'slow') await new Promise((resolve) => setTimeout(resolve, 50));
      if (method === 'broken') throw new Error('boom');
      return { ok: true, result: { method, echo: input } };
    },
    subscribe: () => () => undefined,
    async close() {},
  };
}

interface Opened {
  socket: WebSocket | null;
  /** The handshake's status when the host refused it. */
  refusedWith: number | null;
}

function openSocket(transport: HttpTransport, headers: Record<string, string>): Promise<Opened> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${transport.port}${HTTP_CALL_SOCKET_PATH}`, { headers });
    socket.once('open', () => resolve({ socket, refusedWith: null }));
    socket.once('unexpected-response', (_req, res) => resolve({ socket: null, refusedWith: res.statusCode ?? 0 }));
    socket.once('error', () => resolve({ socket: null, refusedWith: -1 }));
  });
}

function nextMessage(socket: WebSocket): Promise<unknown> {
  return new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(data.toString()))));
}

function closed(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

describe('the HTTP transport\'s WebSocket call lane', () => {
  const tempDir = useTempDir();
  let transport: HttpTransport | undefined;
  const sockets: WebSocket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    await transport?.close();
    transport = undefined;
  });

  async function start(host = echoHost()) {
    const uiRoot = tempDir();
    fs.writeFileSync(path.join(uiRoot, 'index.html'), '<!doctype html><title>kiosk</title>');
    transport = await startHttpTransport({ host, uiRoot, port: 0 });
    const origin = `http://127.0.0.1:${transport.port}`;
    return { host, transport, page: { Cookie: `kiosk_token=${transport.token}`, Origin: origin } };
  }

  it('answers each call with its id, in the order the host finishes, as POST /api/call would', async () => {
    const { host, transport, page } = await start();
    const { socket } = await openSocket(transport, page);
    sockets.push(socket!);
    const answers: unknown[] = [];
    const two = new Promise<void>((resolve) =>
      socket!.on('message', (data) => {
        answers.push(JSON.parse(data.toString()));
        if (answers.length === 2) resolve();
      }),
    );
    socket!.send(JSON.stringify({ id: 1, method: 'slow', input: { raw: 'a' } }));
    socket!.send(JSON.stringify({ id: 2, method: 'lookupDossier', input: { raw: 'b', source: 'wedge' } }));
    await two;
    expect(answers).toEqual([
      { id: 2, response: { ok: true, result: { method: 'lookupDossier', echo: { raw: 'b', source: 'wedge' } } } },
      { id: 1, response: { ok: true, result: { method: 'slow', echo: { raw: 'a' } } } },
    ]);
    expect(host.calls).toEqual(['slow', 'lookupDossier']);
  });

  it('answers a host that throws with the same internal error as HTTP, and keeps the socket', async () => {
    const { transport, page } = await start();
    const { socket } = await openSocket(transport, page);
    sockets.push(socket!);
    socket!.send(JSON.stringify({ id: 7, method: 'broken', input: {} }));
    expect(await nextMessage(socket!)).toEqual({ id: 7, response: { ok: false, error: { code: 'internal', message: 'The kiosk could not complete this request.' } } });
    socket!.send(JSON.stringify({ id: 8, method: 'lookupDossier' }));
    expect(await nextMessage(socket!)).toEqual({ id: 8, response: { ok: true, result: { method: 'lookupDossier', echo: {} } } });
  });

  it('refuses a handshake without the launch token, from another origin, or to another Host', async () => {
    const { host, transport, page } = await start();
    expect((await openSocket(transport, { Origin: page.Origin })).refusedWith).toBe(401);
    expect((await openSocket(transport, { ...page, Cookie: 'kiosk_token=wrong' })).refusedWith).toBe(401);
    expect((await openSocket(transport, { ...page, Origin: 'http://evil.example' })).refusedWith).toBe(401);
    expect((await openSocket(transport, { ...page, Host: `rebound.example:${transport.port}` })).refusedWith).toBe(401);
    expect(host.calls).toEqual([]);
  });

  it('closes the socket on something that is not a call, and on a message over the body limit, calling nothing', async () => {
    const { host, transport, page } = await start();
    for (const message of ['not json', JSON.stringify({ id: 'one', method: 'lookupDossier' }), JSON.stringify({ id: 1 }), Buffer.from([1, 2, 3])]) {
      const { socket } = await openSocket(transport, page);
      sockets.push(socket!);
      const code = closed(socket!);
      socket!.send(message);
      expect(await code).toBe(1008);
    }
    const { socket } = await openSocket(transport, page);
    sockets.push(socket!);
    const code = closed(socket!);
    socket!.send(JSON.stringify({ id: 1, method: 'lookupDossier', input: { raw: 'x'.repeat(70 * 1024) } }));
    expect(await code).toBe(1009);
    expect(host.calls).toEqual([]);
  });

  it('ends open sockets when the transport closes', async () => {
    const { transport, page } = await start();
    const { socket } = await openSocket(transport, page);
    sockets.push(socket!);
    const code = closed(socket!);
    await transport.close();
    expect(await code).toBe(1006);
  });
});
