import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { KioskProtocolServer } from '../../../../electron/sync/district-server/kiosk-protocol/kiosk-protocol-server.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { sendJson, useHostileServer } from '../../../support/hostile-server.ts';

// The kiosk decompresses district answers itself (decompress-answer.ts) instead of the HTTP
// client: every encoding and every damaged stream a real server might send must read as the
// client read it, and a damaged one must say what is wrong.

const clientOf = (url: string) => new KioskProtocolServer({ baseUrl: url, token: 't', kioskId: 'k' });

const records = Array.from({ length: 40 }, (_, i) => dossierRecord({ code: `000.00.12.H53-261115-${String(i + 1).padStart(4, '0')}`, applicantName: 'Nguyễn Thị Mai Anh' }));
const page = JSON.stringify({ items: records, nextCursor: 'c', hasMore: false });
const gzipped = zlib.gzipSync(page);

/** The page's records either way the sync reads a page: from its bytes, and as text. */
async function readBothWays(url: string): Promise<{ fromBytes: number; asText: number }> {
  const client = clientOf(url);
  const bytes = await client.fetchChanges(null, 50, { compact: true, itemBytes: true });
  const text = await client.fetchChanges(null, 50);
  return { fromBytes: 'itemBytes' in bytes ? bytes.itemBytes.count : -1, asText: text.items?.length ?? -1 };
}

describe('district answers in every encoding', () => {
  const hostile = useHostileServer();

  it.each([
    ['gzip', gzipped],
    ['x-gzip', gzipped],
    ['GZIP ', gzipped],
    ['deflate', zlib.deflateSync(page)],
    ['deflate', zlib.deflateRawSync(page)],
    ['br', zlib.brotliCompressSync(page)],
    ['gzip', Buffer.concat([zlib.gzipSync(page.slice(0, 1000)), zlib.gzipSync(page.slice(1000))])],
    ['identity', Buffer.from(page)],
  ])('read a page sent as %s', async (encoding, body) => {
    const { url } = await hostile((_req, res) => sendJson(res, body, { 'Content-Encoding': encoding }));
    expect(await readBothWays(url)).toEqual({ fromBytes: 40, asText: 40 });
  });

  it('read a gzip stream that lost only its trailer, as the HTTP client did', async () => {
    const { url } = await hostile((_req, res) => sendJson(res, gzipped.subarray(0, gzipped.length - 8), { 'Content-Encoding': 'gzip' }));
    expect(await readBothWays(url)).toEqual({ fromBytes: 40, asText: 40 });
  });

  it('call a gzip stream cut in the middle a broken page, as before', async () => {
    const { url } = await hostile((_req, res) => sendJson(res, gzipped.subarray(0, gzipped.length >> 1), { 'Content-Encoding': 'gzip' }));
    await expect(clientOf(url).fetchChanges(null, 50, { compact: true, itemBytes: true })).rejects.toMatchObject({ kind: 'bad-response', message: expect.stringMatching(/^The district server sent a broken change feed \(not valid JSON; \d+ bytes\)\.$/) });
  });

  it('say that a damaged compressed answer cannot be decompressed, not that the server cannot be reached', async () => {
    const { url } = await hostile((_req, res) => sendJson(res, Buffer.from('this is not gzip'), { 'Content-Encoding': 'gzip' }));
    const expected = { kind: 'bad-response', message: 'The district server sent a compressed answer that the kiosk cannot decompress (Z_DATA_ERROR).' };
    await expect(clientOf(url).fetchChanges(null, 50, { compact: true, itemBytes: true })).rejects.toMatchObject(expected);
    await expect(clientOf(url).fetchProcedures(null)).rejects.toMatchObject(expected);
  });

  it('stop a gzip bomb on the change feed at the page size asked for', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(70 * 1024 * 1024, 0x20));
    const { url } = await hostile((_req, res) => sendJson(res, bomb, { 'Content-Encoding': 'gzip' }));
    await expect(clientOf(url).fetchChanges(null, 50, { compact: true, itemBytes: true })).rejects.toMatchObject({ kind: 'bad-response', message: expect.stringMatching(/^The district server sent an answer larger than \d+ (KB|MB)\.$/) });
  });

  it('leave an answer in an encoding it does not know as it came, as the HTTP client did', async () => {
    const { url } = await hostile((_req, res) => sendJson(res, Buffer.from(page), { 'Content-Encoding': 'zstd-unknown' }));
    expect(await readBothWays(url)).toEqual({ fromBytes: 40, asText: 40 });
  });
});
