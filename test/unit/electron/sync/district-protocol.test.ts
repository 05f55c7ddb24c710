// The kiosk's SyncService with `districtProtocol` set to `national`, against the district
// simulator on loopback publishing the portal's field names: with a change feed, and as a
// lookup-only server that answers only TraCuuHoSo. The protocol changes without a restart.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { loadDemoData } from '../../../../electron/demo/load-demo-data.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { chooseDistrictServer } from '../../../../electron/sync/district-server/choose-district-server.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { SyncStateStore } from '../../../../electron/sync/sync-state-store.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { clientFor, connectToDistrict, FEED_READERS, feedSourceFor, openCache, syncFeed, syncServiceFor, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const ASSETS = path.resolve(__dirname, '../../../../assets');
const ANCHOR = new Date('2026-11-20T03:00:00Z');

describe('districtProtocol: the running kiosk syncs from a national-format server', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  function kiosk(url: string, protocol: 'kiosk' | 'national') {
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    connectToDistrict(db, url, 'kiosk-national-01');
    const settings = new SettingsStore(db);
    settings.set('districtProtocol', protocol);
    const store = new DossierStore(db);
    const service = syncServiceFor(db, file, { settings, store, version: '9.9.9' });
    return { db, file, settings, store, service };
  }

  it('takes the portal records of the feed, looks one dossier up by TraCuuHoSo, and sends the heartbeat', async () => {
    sim = await startDistrictSim({ dossiers: 120, token: TOKEN, seed: 7, format: 'national', anchor: ANCHOR });
    const { db, store, service } = kiosk(sim.url, 'national');
    const report = await service.syncNow();
    expect(report).toMatchObject({ applied: 120, quarantined: 0 });
    expect(service.lookupOnly).toBe(false);
    const routes = sim.requests().map((r) => r.route);
    expect(routes).toContain('changes');
    // National records come as items: the kiosk does not ask for its own compact shape.
    expect(sim.requests().filter((r) => r.route === 'changes').every((r) => !r.path.includes('shape=compact'))).toBe(true);
    expect(sim.state.heartbeats()).toHaveLength(1);
    expect(sim.state.heartbeats()[0]).toMatchObject({ kioskId: 'kiosk-national-01', version: '9.9.9' });

    // A dossier the cache lost is asked for with the portal's TraCuuHoSo, not the kiosk's /v1 path.
    const code = sim.state.allDossiers()[0]!.code;
    db.prepare('DELETE FROM dossiers WHERE code = ?').run(code);
    sim.clearRequests();
    expect(await service.liveLookup(code)).toBe(true);
    expect(sim.requests().map((r) => [r.method, r.path])).toEqual([['POST', '/TraCuuHoSo']]);
    expect(store.findByCode(code)?.status).toBe(sim.state.dossier(code)!.status);
    expect(await service.liveLookup('000.00.12.H53-991231-9999')).toBe(false);
    await service.close();
    db.close();
  });

  it.each(FEED_READERS)('a national feed read by the %s gives the same cache', async (reader) => {
    sim = await startDistrictSim({ dossiers: 300, token: TOKEN, seed: 8, format: 'national', anchor: ANCHOR });
    const cache = openCache(tempDir());
    const national = clientFor(sim, { protocol: 'national' });
    expect(national.connection.protocol).toBe('national');
    const report = await syncFeed(cache, national, { reader, format: national.feedFormat, pageSize: 50 });
    expect(report).toMatchObject({ applied: 300, quarantined: 0 });
    expect(cache.store.count()).toBe(300);
    cache.db.close();
  });

  it('from a lookup-only server: no feed, the demo dossiers go, each code is looked up live and kept', async () => {
    sim = await startDistrictSim({ dossiers: 50, token: TOKEN, seed: 9, format: 'national', lookupOnly: true, anchor: ANCHOR });
    const { db, store, service } = kiosk(sim.url, 'national');
    loadDemoData(db, ASSETS, new Date());
    expect(store.count()).toBeGreaterThan(0);

    await service.syncNow();
    expect(service.lookupOnly).toBe(true);
    expect(store.count()).toBe(0);
    const state = new SyncStateStore(db).read();
    expect(state).toMatchObject({ source: 'server', resyncActive: false, lastError: null });
    // One request for the feed (404) and nothing else the server does not offer is fatal.
    expect(sim.requests().filter((r) => r.route === 'changes').map((r) => r.status)).toEqual([404]);

    const [first, second] = sim.state.allDossiers();
    expect(await service.liveLookup(first!.code)).toBe(true);
    expect(await service.liveLookup(second!.code)).toBe(true);
    expect(store.count()).toBe(2);
    // What was looked up stays through later syncs.
    await service.syncNow();
    expect(store.findByCode(first!.code)).toBeDefined();
    expect(store.count()).toBe(2);
    await service.close();
    db.close();
  });

  it('a changed protocol applies from the next run, without a restart', async () => {
    sim = await startDistrictSim({ dossiers: 30, token: TOKEN, seed: 10, format: 'national', lookupOnly: true, anchor: ANCHOR });
    const { db, settings, service } = kiosk(sim.url, 'kiosk');
    // The kiosk protocol needs a change feed: a lookup-only server fails it.
    await expect(service.syncNow()).rejects.toMatchObject({ kind: 'bad-response' });
    settings.set('districtProtocol', 'national');
    await service.syncNow();
    expect(service.lookupOnly).toBe(true);
    expect(new SyncStateStore(db).read().lastError).toBeNull();
    await service.close();
    db.close();
    // The feed worker rebuilds the server by its connection's protocol: the national one says "no feed".
    const source = await feedSourceFor(clientFor(sim, { protocol: 'national' }), 'worker thread', 'national');
    await expect(source.fetchPage(null, 10)).rejects.toMatchObject({ kind: 'no-change-feed' });
    await source.close();
  });

  it('the national server reads TraCuuHoSo answers as the portal adapters send them, and says when a server has none', async () => {
    sim = await startDistrictSim({ dossiers: 5, token: TOKEN, seed: 11, format: 'kiosk' });
    const national = chooseDistrictServer('national', { baseUrl: sim.url, token: TOKEN, kioskId: 'k' });
    await expect(national.fetchDossier(sim.state.allDossiers()[0]!.code)).rejects.toMatchObject({ kind: 'bad-response', message: expect.stringContaining('TraCuuHoSo') });
    const wrongToken = chooseDistrictServer('national', { baseUrl: sim.url, token: 'wrong-token-123', kioskId: 'k' });
    await expect(wrongToken.fetchDossier('000.00.12.H53-230915-0003')).rejects.toMatchObject({ kind: 'unauthorized' });
  });
});
