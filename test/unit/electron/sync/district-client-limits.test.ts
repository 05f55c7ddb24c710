import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskProtocolServer } from '../../../../electron/sync/district-server/kiosk-protocol/kiosk-protocol-server.ts';
import { sendJson, useHostileServer } from '../../../support/hostile-server.ts';

const clientOf = (url: string) => new KioskProtocolServer({ baseUrl: url, token: 'limits-token', kioskId: 'k' });

describe('the district client’s limits', () => {
  let server: http.Server | undefined;
  afterEach(async () => {
    const running = server;
    server = undefined;
    if (running) await new Promise((resolve) => running.close(resolve));
  });
  const hostile = useHostileServer();

  it('refuses an answer larger than 64 MB with a clear message, instead of reading it all', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Kiosk-Protocol': '1' });
      const write = (left: number): void => {
        if (left === 0 || res.destroyed) return void res.end();
        if (res.write(chunk)) write(left - 1);
        else res.once('drain', () => write(left - 1));
      };
      write(80);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = clientOf(`http://127.0.0.1:${port}`);
    await expect(client.fetchProcedures(null)).rejects.toMatchObject({ kind: 'bad-response', message: 'The district server sent an answer larger than 64 MB.' });
  });

  it('counts the bytes after decompression: a gzip bomb stops at the cap of what was asked for', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(70 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { url } = await hostile((_req, res) => sendJson(res, bomb, { 'Content-Encoding': 'gzip' }));
    await expect(clientOf(url).fetchProcedures(null)).rejects.toMatchObject({ message: 'The district server sent an answer larger than 64 MB.' });
    await expect(clientOf(url).fetchDossier('000.00.12.H53-261115-0001')).rejects.toMatchObject({ message: 'The district server sent an answer larger than 1 MB.' });
    await expect(clientOf(url).postHeartbeat({})).rejects.toMatchObject({ message: 'The district server sent an answer larger than 1 MB.' });
  });

  it('refuses headers past 16 KB with a clear message', async () => {
    const { url } = await hostile((_req, res) => sendJson(res, '{"items":[]}', { 'X-Padding': 'x'.repeat(32 * 1024) }));
    await expect(clientOf(url).fetchProcedures(null)).rejects.toMatchObject({ kind: 'bad-response', message: 'The district server sent headers larger than 16 KB.' });
  });

  it('follows no redirect: the token never reaches the other host', async () => {
    const other = await hostile((_req, res) => sendJson(res, '{"items":[]}'));
    const { url } = await hostile((_req, res) => {
      res.writeHead(302, { Location: `${other.url}/v1/procedures` });
      res.end();
    });
    await expect(clientOf(url).fetchProcedures(null)).rejects.toMatchObject({ kind: 'bad-response', message: expect.stringContaining('redirected the kiosk (HTTP 302)') });
    expect(other.requests()).toEqual([]);
  });

  it('does not keep an ETag too long or not a header value, so it is never sent back', async () => {
    let etag = `"${'a'.repeat(10_000)}"`;
    const { url } = await hostile((_req, res) => sendJson(res, '{"items":[]}', { ETag: etag }));
    await expect(clientOf(url).fetchProcedures(null)).resolves.toMatchObject({ notModified: false, etag: null });
    etag = '"v1"';
    await expect(clientOf(url).fetchProcedures(null)).resolves.toMatchObject({ etag: '"v1"' });
  });

  it('refuses a cursor longer than 2,048 characters', async () => {
    const { url } = await hostile((_req, res) => sendJson(res, JSON.stringify({ items: [], nextCursor: 'c'.repeat(4096), hasMore: false })));
    await expect(clientOf(url).fetchChanges(null, 10)).rejects.toMatchObject({ kind: 'bad-response', message: 'The district server sent a change feed of the wrong shape.' });
  });
});
