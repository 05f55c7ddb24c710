import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../shared/contract/index.ts';
import type { DossierRecord as Dossier } from '../../../shared/contract/index.ts';
import type { CatalogueProcedure } from '../../district-sim/index.ts';
import { call, callJson, changesPath, useSim } from './sim-client.ts';

const rating = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  dossierCode: '000.00.12.H53-261119-0018',
  rating: 'satisfied',
  reasons: ['Cán bộ hướng dẫn tận tình'],
  at: '2026-11-20T02:15:00Z',
  ...overrides,
});

const heartbeat = {
  kioskId: 'kiosk-test-01',
  version: '0.1.0',
  lastSyncAt: '2026-11-20T02:00:00Z',
  scanner: { kind: 'hid', connected: true },
  disk: { freeBytes: 12_000_000_000 },
};

describe('district simulator routes', () => {
  const startSim = useSim();

  describe('GET /v1/procedures', () => {
    it('serves the catalogue with an ETag, and 304 for a matching If-None-Match', async () => {
      const sim = await startSim();
      const first = await callJson<{ items: CatalogueProcedure[] }>(sim, '/v1/procedures');
      const etag = first.response.headers.etag as string;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.body.items.length).toBeGreaterThan(10);
      for (const p of first.body.items) {
        expect(p.code).toMatch(/^\d\.\d{6}$/);
        expect(p.documents?.length).toBeGreaterThan(0);
      }
      const cached = await call(sim, '/v1/procedures', { headers: { 'If-None-Match': etag } });
      expect(cached.status).toBe(304);
      expect(cached.raw.length).toBe(0);
      expect(cached.headers.etag).toBe(etag);
      expect((await call(sim, '/v1/procedures', { headers: { 'If-None-Match': `"other", W/${etag}` } })).status).toBe(304);
      expect(sim.requests().map((r) => r.headers['if-none-match'] ?? null)).toEqual([null, etag, `"other", W/${etag}`]);
    });

    it('changes the ETag when the catalogue is revised', async () => {
      const sim = await startSim();
      const etag = (await call(sim, '/v1/procedures')).headers.etag as string;
      const revised = sim.reviseProcedures();
      expect(revised).not.toBe(etag);
      const fresh = await call(sim, '/v1/procedures', { headers: { 'If-None-Match': etag } });
      expect(fresh.status).toBe(200);
      expect(fresh.headers.etag).toBe(revised);
    });
  });

  describe('GET /v1/dossiers/{code}', () => {
    it('finds a live dossier by code and 404s an unknown or deleted one', async () => {
      const sim = await startSim();
      const [first, second] = sim.state.allDossiers() as [Dossier, Dossier];
      const found = await callJson<Dossier>(sim, `/v1/dossiers/${encodeURIComponent(first.code)}`);
      expect(found.status).toBe(200);
      expect(found.body).toEqual(first);
      expect(DossierRecord.safeParse(found.body).success).toBe(true);

      expect((await callJson(sim, '/v1/dossiers/000.00.12.H53-010101-0001')).body).toEqual({ error: 'not-found', message: expect.any(String) });
      sim.deleteDossiers(300);
      expect((await call(sim, `/v1/dossiers/${second.code}`)).status).toBe(404);
    });
  });

  describe('POST /v1/ratings', () => {
    it('accepts ratings once: a retried id is a duplicate and is not counted twice', async () => {
      const sim = await startSim();
      const [a, b, c] = [rating(), rating({ rating: 'very-satisfied', dossierCode: null }), rating({ rating: 'not-satisfied', reasons: [] })];
      const first = await callJson(sim, '/v1/ratings', { method: 'POST', body: { ratings: [a, b] } });
      expect(first.body).toEqual({ accepted: [a.id, b.id], duplicates: [] });
      const retry = await callJson(sim, '/v1/ratings', { method: 'POST', body: { ratings: [b, c, a] } });
      expect(retry.body).toEqual({ accepted: [c.id], duplicates: [b.id, a.id] });
      expect(sim.state.ratingsReceived().map((r) => r.id)).toEqual([a.id, b.id, c.id]);
      expect(sim.state.ratingsReceived()[0]).toMatchObject({ ...a, kioskId: 'kiosk-test-01' });
    });

    it.each([
      ['no ratings', { ratings: [] }],
      ['an id that is not a UUID', { ratings: [rating({ id: 'r-1' })] }],
      ['an unknown rating', { ratings: [rating({ rating: 'meh' })] }],
      ['a date that is not ISO', { ratings: [rating({ at: '20/11/2026' })] }],
    ])('refuses %s with 400', async (_, body) => {
      const sim = await startSim();
      const refused = await callJson(sim, '/v1/ratings', { method: 'POST', body });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ error: 'invalid-request' });
      expect(sim.state.ratingsReceived()).toEqual([]);
    });
  });

  describe('POST /v1/heartbeat', () => {
    it('records the heartbeat and returns the server time and any configuration', async () => {
      const sim = await startSim();
      const first = await callJson<{ serverTime: string; config: unknown }>(sim, '/v1/heartbeat', { method: 'POST', body: heartbeat });
      expect(first.status).toBe(200);
      expect(Math.abs(Date.parse(first.body.serverTime) - Date.now())).toBeLessThan(5000);
      expect(first.body.config).toBeNull();
      sim.setKioskConfig({ idleTimeoutSeconds: 90, language: 'vi' });
      const second = await callJson(sim, '/v1/heartbeat', { method: 'POST', body: { ...heartbeat, lastSyncAt: null } });
      expect(second.body.config).toEqual({ idleTimeoutSeconds: 90, language: 'vi' });
      expect(sim.state.heartbeats()).toMatchObject([heartbeat, { ...heartbeat, lastSyncAt: null }]);
      expect((await call(sim, '/v1/heartbeat', { method: 'POST', body: { kioskId: 'x' } })).status).toBe(400);
    });
  });

  describe('authentication and protocol headers', () => {
    it.each([
      ['a wrong token', 'not-the-token'],
      ['no token', null],
    ])('answers 401 to %s on every route', async (_, token) => {
      const sim = await startSim();
      for (const [method, path] of [['GET', changesPath(null)], ['GET', '/v1/procedures'], ['GET', '/v1/dossiers/x'], ['POST', '/v1/ratings'], ['POST', '/v1/heartbeat']] as const) {
        const response = await callJson(sim, path, { method, token, ...(method === 'POST' ? { body: {} } : {}) });
        expect(response.status).toBe(401);
        expect(response.body).toMatchObject({ error: 'unauthorized' });
      }
      expect(sim.requests().every((r) => !r.authorized && r.headers.authorization !== `Bearer ${token}`)).toBe(true);
    });

    it('never logs the token itself', async () => {
      const sim = await startSim();
      await call(sim, '/v1/procedures');
      expect(sim.requests()[0]?.headers.authorization).toBe('Bearer <redacted>');
      expect(JSON.stringify(sim.requests())).not.toContain('kiosk-token-0001');
    });

    it('needs X-Kiosk-Protocol: 1 and an X-Kiosk-Id', async () => {
      const sim = await startSim();
      expect((await callJson(sim, '/v1/procedures', { headers: { 'X-Kiosk-Protocol': '2' } })).body).toMatchObject({ error: 'unsupported-protocol' });
      expect((await callJson(sim, '/v1/procedures', { headers: { 'X-Kiosk-Id': '' } })).body).toMatchObject({ error: 'missing-kiosk-id' });
    });

    it('answers 404 and 405 as protocol errors', async () => {
      const sim = await startSim();
      expect((await callJson(sim, '/v2/anything')).body).toMatchObject({ error: 'not-found' });
      const wrongMethod = await callJson(sim, '/v1/procedures', { method: 'DELETE' });
      expect([wrongMethod.status, wrongMethod.body.error]).toEqual([405, 'method-not-allowed']);
    });

    it('logs method, path, status, bytes and the request headers of every kiosk request', async () => {
      const sim = await startSim();
      await call(sim, changesPath(null, 10));
      await call(sim, '/v1/procedures', { gzip: false });
      const [changes, procedures] = sim.requests();
      expect(changes).toMatchObject({ method: 'GET', path: '/v1/dossiers/changes?limit=10', route: 'changes', status: 200, gzip: true, faults: [] });
      expect(changes?.headers['accept-encoding']).toBe('gzip');
      expect(changes?.bytes).toBeGreaterThan(0);
      expect(procedures).toMatchObject({ route: 'procedures', gzip: false });
      sim.clearRequests();
      expect(sim.requests()).toEqual([]);
    });
  });
});
