import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../shared/contract/index.ts';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { ProcedureStore } from '../../../../electron/catalogue/procedure-store.ts';
import { SecretStore } from '../../../../electron/settings/secret-store.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { SyncStateStore } from '../../../../electron/sync/sync-state-store.ts';
import { AuditLog } from '../../../../electron/audit/audit-log.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { connectToDistrict, expectConverged, syncServiceFor, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

describe('sync service against the district simulator', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  function configuredDb(url: string) {
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    connectToDistrict(db, url, 'kiosk-test-01');
    return { db, file };
  }

  it('syncs dossiers and the catalogue, reports health and takes the district configuration', async () => {
    sim = await startDistrictSim({ dossiers: 300, token: TOKEN, seed: 3 });
    sim.setKioskConfig({ idleTimeoutSec: 120, kioskId: 'hijack', syncIntervalSec: 5, siteName: '  Một cửa xã Suối Ngọc ' });
    const { db, file } = configuredDb(sim.url);
    const statuses: SyncStatus['state'][] = [];
    const settings = new SettingsStore(db);
    const service = syncServiceFor(db, file, { settings, onStatus: (s) => statuses.push(s.state), version: '9.9.9' });
    const report = await service.syncNow();
    expect(report.applied).toBe(300);
    expectConverged({ db, store: new DossierStore(db), state: new SyncStateStore(db), file }, sim);
    expect(new ProcedureStore(db).count()).toBe(17);
    expect(statuses[0]).toBe('syncing');
    expect(statuses.at(-1)).toBe('idle');

    const [beat] = sim.state.heartbeats();
    expect(beat).toMatchObject({ kioskId: 'kiosk-test-01', version: '9.9.9' });
    expect(settings.get('idleTimeoutSec')).toBe(120);
    expect(settings.get('kioskId')).toBe('kiosk-test-01');
    expect(service.heartbeatOutcome?.rejected.map((r) => r.key).sort()).toEqual(['kioskId', 'syncIntervalSec']);
    // What the district changed, or tried to, is in the technicians' audit log.
    const byDistrict = new AuditLog(db).recent().filter((e) => e.actor === 'district');
    expect(byDistrict.map((e) => [e.action, JSON.parse(e.detail!).key]).sort()).toEqual([
      ['setting-changed', 'idleTimeoutSec'],
      ['setting-changed', 'siteName'],
      ['setting-refused', 'kioskId'],
      ['setting-refused', 'syncIntervalSec'],
    ]);
    expect(settings.get('siteName')).toBe('Một cửa xã Suối Ngọc');
    expect(byDistrict.filter((e) => e.action === 'setting-changed').map((e) => JSON.parse(e.detail!).to).sort()).toEqual([120, 'Một cửa xã Suối Ngọc']);

    sim.clearRequests();
    await service.syncNow();
    const catalogue = sim.requests().filter((r) => r.route === 'procedures');
    expect(catalogue.map((r) => r.status)).toEqual([304]);
    expect(catalogue[0]!.headers['if-none-match']).toMatch(/^"/);
    sim.reviseProcedures();
    await service.syncNow();
    expect(sim.requests().filter((r) => r.route === 'procedures').at(-1)!.status).toBe(200);
    // Two more heartbeats with the same configuration: nothing new to apply, refusals not repeated.
    expect(new AuditLog(db).recent().filter((e) => e.actor === 'district')).toHaveLength(4);
    await service.close();
    db.close();
  });

  it('fails clearly when unconfigured, and records the failure for the banner', async () => {
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const state = new SyncStateStore(db);
    const service = syncServiceFor(db, path.join(tempDir(), 'x.db'), { state, version: '1' });
    await expect(service.syncNow()).rejects.toMatchObject({ kind: 'not-configured' });
    new SettingsStore(db).set('districtServerUrl', 'http://127.0.0.1:9');
    new SecretStore(db).set('districtToken', TOKEN);
    await expect(service.syncNow()).rejects.toMatchObject({ kind: 'network' });
    expect(state.status()).toMatchObject({ state: 'error', lastError: expect.stringContaining('refused') });
    await service.close();
    db.close();
  });

  it('asks the server live for a code the cache does not have, and keeps the answer', async () => {
    sim = await startDistrictSim({ dossiers: 50, token: TOKEN, seed: 5 });
    const { db, file } = configuredDb(sim.url);
    db.close();
    const host = await createKioskHost({ dbPath: file, backgroundSync: false, demoWhenEmpty: true });
    const pushed = new Promise<unknown>((resolve) => host.subscribe((event) => event.type === 'dossierFreshness' && resolve(event.payload)));
    const wanted = sim.state.allDossiers()[7]!;
    // Answered from the cache at once; the server's answer follows as an event (freshness at the scan).
    const cached = await host.call('lookupDossier', { raw: wanted.code, source: 'wedge' });
    expect(cached).toMatchObject({ ok: true, result: { kind: 'not-found', freshness: { state: 'checking' } } });
    expect(await pushed).toMatchObject({ dossier: { code: wanted.code, status: wanted.status }, freshness: { state: 'confirmed' } });
    const first = await host.call('lookupDossier', { raw: wanted.code, source: 'wedge' });
    expect(first).toMatchObject({ ok: true, result: { kind: 'found', dossier: { code: wanted.code, status: wanted.status } } });
    await sim.close();
    sim = undefined;
    const offline = await host.call('lookupDossier', { raw: wanted.code, source: 'wedge' });
    expect(offline).toMatchObject({ ok: true, result: { kind: 'found' } });
    const unknown = await host.call('lookupDossier', { raw: '000.00.12.H53-261120-9999', source: 'wedge' });
    expect(unknown).toMatchObject({ ok: true, result: { kind: 'not-found' } });
    await host.close();
  });
});
