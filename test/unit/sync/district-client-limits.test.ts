import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DistrictClient } from '../../../electron/sync/district-client.ts';

describe('the district client’s limits', () => {
  let server: http.Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

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
    const client = new DistrictClient({ baseUrl: `http://127.0.0.1:${port}`, token: 'limits-token', kioskId: 'k' });
    await expect(client.fetchProcedures(null)).rejects.toMatchObject({ kind: 'bad-response', message: 'The district server sent an answer larger than 64 MB.' });
  });
});
