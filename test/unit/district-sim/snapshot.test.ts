import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../shared/contract/index.ts';
import type { DossierRecord as Dossier } from '../../../shared/contract/index.ts';
import { call, changesPage, changesPath, readFeed, useSim } from './sim-client.ts';

describe('snapshot (the change feed without a cursor)', () => {
  const startSim = useSim();

  it.each([7, 100, 1000, 5000])('pages every live dossier exactly once at its latest version, with limit %i', async (limit) => {
    const sim = await startSim({ dossiers: 1234 });
    sim.deleteDossiers(4);
    const { items, pages } = await readFeed<Dossier>(sim, null, limit);
    expect(pages).toBe(Math.max(1, Math.ceil(1230 / limit)));
    expect(items).toEqual(sim.state.allDossiers());
    expect(new Set(items.map((d) => d.code)).size).toBe(1230);
    for (const item of items) expect(DossierRecord.safeParse(item).success).toBe(true);
  });

  it('pages one dossier at a time with limit 1', async () => {
    const sim = await startSim({ dossiers: 40 });
    const { items, pages } = await readFeed<Dossier>(sim, null, 1);
    expect(pages).toBe(40);
    expect(items).toEqual(sim.state.allDossiers());
  });

  it('serves 1000 items a page by default and refuses limits outside 1–5000', async () => {
    const sim = await startSim({ dossiers: 2500 });
    expect((await changesPage(sim, null)).items).toHaveLength(1000);
    for (const limit of ['0', '5001', '-1', '2.5', 'lots', '']) {
      const response = await call(sim, `/v1/dossiers/changes?limit=${limit}`);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.text)).toMatchObject({ error: 'invalid-limit' });
    }
  });

  it('ends with a cursor that then reads nothing until something changes', async () => {
    const sim = await startSim({ dossiers: 50 });
    const { cursor } = await readFeed(sim, null, 20);
    const empty = await changesPage(sim, cursor);
    expect(empty).toMatchObject({ items: [], hasMore: false, nextCursor: cursor });
    expect(Number.isNaN(Date.parse(empty.serverTime))).toBe(false);
  });

  it('is gzipped (level-1 fast) when the kiosk accepts gzip, and plain when it does not', async () => {
    const sim = await startSim({ dossiers: 500 });
    const gzipped = await call(sim, changesPath(null, 500));
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.raw.length);
    expect(gzipped.raw.length).toBeLessThan(gzipped.text.length / 4);
    expect(zlib.gunzipSync(gzipped.raw).toString()).toBe(gzipped.text);

    const plain = await call(sim, changesPath(null, 500), { gzip: false });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(gzipped.text.replace(/"serverTime":"[^"]+"/, `"serverTime":${JSON.stringify(JSON.parse(plain.text).serverTime)}`));

    const refused = await call(sim, changesPath(null, 500), { gzip: false, headers: { 'Accept-Encoding': 'gzip;q=0, identity' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(sim.requests().map((r) => r.gzip)).toEqual([true, false, false]);
  });

  it('answers with the protocol headers', async () => {
    const sim = await startSim({ dossiers: 10 });
    const response = await call(sim, changesPath(null));
    expect(response.headers['x-kiosk-protocol']).toBe('1');
    expect(Number.isNaN(Date.parse(response.headers.date ?? ''))).toBe(false);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('continues a snapshot consistently while dossiers change under it, and then follows the changes', async () => {
    const sim = await startSim({ dossiers: 600 });
    const first = await changesPage<Dossier>(sim, null, 200);
    const advanced = sim.advance(30);
    const deleted = sim.deleteDossiers(5);
    const rest = await readFeed<Dossier>(sim, first.nextCursor, 200);
    const latest = new Map<string, Dossier>();
    for (const item of [...first.items, ...rest.items]) {
      const known = latest.get(item.code);
      if (!known || known.version < item.version) latest.set(item.code, item);
    }
    for (const code of deleted) expect(latest.get(code)?.deleted).toBe(true);
    const live = [...latest.values()].filter((d) => !d.deleted).sort((a, b) => a.code.localeCompare(b.code));
    expect(live).toEqual(sim.state.allDossiers().sort((a, b) => a.code.localeCompare(b.code)));
    for (const code of advanced) expect(latest.get(code)?.version).toBe(sim.state.dossier(code)?.version ?? latest.get(code)?.version);
  });
});
