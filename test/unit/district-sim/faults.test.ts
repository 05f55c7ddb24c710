import http from 'node:http';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../shared/contract/index.ts';
import type { DossierRecord as Dossier } from '../../../shared/contract/index.ts';
import { call, callJson, changesPage, changesPath, readFeed, useSim } from './sim-client.ts';
import type { ChangesPage } from './sim-client.ts';

const parse = (text: string): unknown => JSON.parse(text);

describe('faults', () => {
  const startSim = useSim();

  it('latency delays the answer', async () => {
    const sim = await startSim();
    sim.faults.inject({ kind: 'latency', ms: 300 });
    const started = Date.now();
    expect((await call(sim, '/v1/procedures')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(sim.requests()[0]).toMatchObject({ faults: ['latency'] });
    expect(sim.requests()[0]?.durationMs).toBeGreaterThanOrEqual(290);
  });

  it.each([
    ['http-500', 500, 'internal', undefined],
    ['http-503', 503, 'unavailable', '7'],
    ['http-429', 429, 'rate-limited', '7'],
  ] as const)('%s answers %i once, with Retry-After where it belongs', async (kind, status, error, retryAfter) => {
    const sim = await startSim();
    sim.faults.inject({ kind, retryAfterSeconds: 7 });
    const failed = await call(sim, changesPath(null, 10));
    expect(failed.status).toBe(status);
    expect(parse(failed.text)).toMatchObject({ error });
    expect(failed.headers['retry-after']).toBe(retryAfter);
    expect(failed.headers['x-kiosk-protocol']).toBe('1');
    expect((await call(sim, changesPath(null, 10))).status).toBe(200);
  });

  it('wrong-token answers 401 even for the right token', async () => {
    const sim = await startSim();
    sim.faults.inject({ kind: 'wrong-token', count: 2 });
    expect((await call(sim, '/v1/procedures')).status).toBe(401);
    expect((await callJson(sim, changesPath(null))).body).toMatchObject({ error: 'unauthorized' });
    expect((await call(sim, '/v1/procedures')).status).toBe(200);
    expect(sim.requests().map((r) => r.authorized)).toEqual([true, true, true]);
  });

  it('cursor-expired answers 410 to the next request that has a cursor', async () => {
    const sim = await startSim();
    sim.faults.inject({ kind: 'cursor-expired' });
    const first = await changesPage(sim, null, 100);
    const expired = await callJson(sim, changesPath(first.nextCursor, 100));
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ error: 'cursor-expired' });
    expect((await call(sim, changesPath(first.nextCursor, 100))).status).toBe(200);
  });

  it('schema-invalid breaks some items of a page, keeping their codes, and leaves the rest valid', async () => {
    const sim = await startSim();
    sim.faults.inject({ kind: 'schema-invalid', items: 5 });
    const page = await changesPage<Record<string, unknown>>(sim, null, 100);
    const invalid = page.items.filter((item) => !DossierRecord.safeParse(item).success);
    expect(page.items).toHaveLength(100);
    expect(invalid).toHaveLength(5);
    for (const item of invalid) expect(item.code).toMatch(/^000\.\d{2}\.12\.H53-\d{6}-\d{4}$/);
    const clean = await changesPage(sim, null, 100);
    expect(clean.items.every((item) => DossierRecord.safeParse(item).success)).toBe(true);
  });

  it('schema-invalid on the live lookup breaks the record', async () => {
    const sim = await startSim();
    const code = (sim.state.allDossiers()[0] as Dossier).code;
    sim.faults.inject({ kind: 'schema-invalid', route: 'dossier' });
    const broken = await callJson(sim, `/v1/dossiers/${code}`);
    expect(broken.status).toBe(200);
    expect(DossierRecord.safeParse(broken.body).success).toBe(false);
  });

  it('duplicate-page serves the same page twice: the cursor does not advance once', async () => {
    const sim = await startSim();
    const first = await changesPage(sim, null, 50);
    sim.faults.inject({ kind: 'duplicate-page' });
    const page = await changesPage(sim, first.nextCursor, 50);
    expect(page.nextCursor).toBe(first.nextCursor);
    expect(page.hasMore).toBe(true);
    const again = await changesPage(sim, page.nextCursor, 50);
    expect(again.items).toEqual(page.items);
    expect(again.nextCursor).not.toBe(first.nextCursor);
  });

  it('overlapping-page makes the next page repeat the end of this one', async () => {
    const sim = await startSim();
    sim.faults.inject({ kind: 'overlapping-page', items: 10 });
    const page = await changesPage<Dossier>(sim, null, 50);
    const next = await changesPage<Dossier>(sim, page.nextCursor, 50);
    expect(next.items.slice(0, 10)).toEqual(page.items.slice(40));
    const all = await readFeed<Dossier>(sim, null, 50);
    expect(all.items).toHaveLength(300);
  });

  it('truncated-json sends half the body with status 200, gzipped or not', async () => {
    const sim = await startSim();
    sim.faults.inject({ kind: 'truncated-json', count: 2 });
    for (const gzip of [true, false]) {
      const response = await call(sim, changesPath(null, 100), { gzip });
      expect(response.status).toBe(200);
      expect(response.error).toBeUndefined();
      expect(response.headers['content-encoding']).toBe(gzip ? 'gzip' : undefined);
      expect(response.text.startsWith('{"items":[{')).toBe(true);
      expect(() => JSON.parse(response.text)).toThrow(SyntaxError);
    }
  });

  it('connection-reset sends the headers and part of the body, then drops the connection', async () => {
    const sim = await startSim();
    sim.faults.inject({ kind: 'connection-reset', afterBytes: 1000 });
    const response = await call(sim, changesPath(null, 200), { gzip: false });
    expect(response.status).toBe(200);
    expect(response.error).toBeDefined();
    expect(response.raw.length).toBe(1000);
    expect(Number(response.headers['content-length'])).toBeGreaterThan(1000);
    expect(sim.requests()[0]).toMatchObject({ bytes: 1000, faults: ['connection-reset'] });
    expect((await call(sim, changesPath(null, 200))).error).toBeUndefined();
  });

  it('slow-drip trickles the body out over the given time, intact', async () => {
    const sim = await startSim();
    sim.faults.inject({ kind: 'slow-drip', durationMs: 600 });
    const started = Date.now();
    const response = await call(sim, changesPath(null, 100));
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect((JSON.parse(response.text) as ChangesPage).items).toHaveLength(100);
  });

  it('fires for the next N matching requests of one route only', async () => {
    const sim = await startSim();
    sim.faults.inject({ kind: 'http-503', route: 'procedures', count: 2 });
    expect((await call(sim, changesPath(null, 1))).status).toBe(200);
    expect((await call(sim, '/v1/procedures')).status).toBe(503);
    expect((await call(sim, changesPath(null, 1))).status).toBe(200);
    expect((await call(sim, '/v1/procedures')).status).toBe(503);
    expect((await call(sim, '/v1/procedures')).status).toBe(200);
    expect(sim.faults.active()).toEqual([]);
  });

  it('fires with a probability, reproducibly for a seed, until cleared', async () => {
    const statuses = async () => {
      const sim = await startSim({ seed: 99 });
      sim.faults.inject({ kind: 'http-500', probability: 0.3 });
      const seen: number[] = [];
      for (let i = 0; i < 60; i++) seen.push((await call(sim, '/v1/procedures')).status);
      sim.faults.clear();
      expect((await call(sim, '/v1/procedures')).status).toBe(200);
      return seen;
    };
    const first = await statuses();
    const failures = first.filter((s) => s === 500).length;
    expect(failures).toBeGreaterThan(5);
    expect(failures).toBeLessThan(35);
    expect(await statuses()).toEqual(first);
  });

  it('injects, lists and clears faults through POST /__sim/faults without the kiosk token', async () => {
    const sim = await startSim();
    const injected = await callJson<{ ids: string[] }>(sim, '/__sim/faults', {
      method: 'POST',
      token: null,
      body: [{ kind: 'http-429', retryAfterSeconds: 3 }, { kind: 'latency', ms: 10, route: 'heartbeat', count: 5 }],
    });
    expect(injected.status).toBe(200);
    expect(injected.body.ids).toHaveLength(2);
    const listed = await callJson<{ faults: { id: string }[] }>(sim, '/__sim/faults', { token: null });
    expect(listed.body.faults.map((f) => f.id)).toEqual(injected.body.ids);
    const limited = await call(sim, '/v1/procedures');
    expect([limited.status, limited.headers['retry-after']]).toEqual([429, '3']);
    await call(sim, '/__sim/faults', { method: 'DELETE', token: null });
    expect(sim.faults.active()).toEqual([]);

    const invalid = await callJson(sim, '/__sim/faults', { method: 'POST', token: null, body: { kind: 'meteor-strike' } });
    expect(invalid.status).toBe(400);
    expect(sim.requests().every((r) => r.route !== null)).toBe(true);
  });

  it('moves, deletes and expires through the admin endpoints too', async () => {
    const sim = await startSim();
    const { cursor } = await readFeed(sim, null, 1000);
    const advanced = await callJson<{ codes: string[] }>(sim, '/__sim/advance', { method: 'POST', token: null, body: { n: 3 } });
    const deleted = await callJson<{ codes: string[] }>(sim, '/__sim/delete', { method: 'POST', token: null, body: { n: 2 } });
    const changes = await readFeed<Dossier>(sim, cursor);
    expect(new Set(changes.items.map((d) => d.code))).toEqual(new Set([...advanced.body.codes, ...deleted.body.codes]));
    await call(sim, '/__sim/expire-cursors', { method: 'POST', token: null });
    expect((await call(sim, changesPath(changes.cursor))).status).toBe(410);
    const state = await callJson(sim, '/__sim/state', { token: null });
    expect(state.body).toMatchObject({ dossiers: 300, live: 298 });
  });

  const externalAddress = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

  it.skipIf(!externalAddress)('answers simulator controls only on loopback', async () => {
    const sim = await startSim({ host: '0.0.0.0' });
    const status = await new Promise<number>((resolve, reject) => {
      http
        .get({ host: externalAddress, port: sim.port, path: '/__sim/faults' }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });
    expect(status).toBe(403);
  });
});
