// The districtProtocol setting from technician mode, on the real host: the connection test, the
// sync and the sync tab speak the chosen protocol at once (no restart), and a lookup-only server
// is named as such; `kiosk config` sets it from a shell with the same validation.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KioskEvent } from '../../../../shared/contract/index.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { runKioskCliAsync } from '../../../support/run-kiosk-cli.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { openTestHost } from './technician-harness.ts';

const TOKEN = 'protocol-test-token';
let sim: DistrictSim;
beforeAll(async () => {
  sim = await startDistrictSim({ dossiers: 40, token: TOKEN, format: 'national', lookupOnly: true });
});
afterAll(async () => {
  await sim.close();
});

describe('districtProtocol in technician mode', () => {
  const tempDir = useTempDir();

  it('switches test connection and the sync to the national protocol live, and the sync tab says "lookup-only server"', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    await t.call('technicianSetSetting', { session, key: 'districtServerUrl', value: sim.url });
    await t.call('technicianSetToken', { session, token: TOKEN });
    // Set to the kiosk protocol, a portal-style server is not a kiosk sync server.
    expect((await t.call('technicianTestConnection', { session })).failure).toMatchObject({ kind: 'not-kiosk-server' });

    expect(await t.call('technicianSetSetting', { session, key: 'districtProtocol', value: 'pigeon' })).toMatchObject({ result: 'invalid' });
    expect(await t.call('technicianSetSetting', { session, key: 'districtProtocol', value: 'national' })).toMatchObject({ result: 'saved', value: 'national' });
    expect(await t.call('technicianTestConnection', { session })).toMatchObject({ ok: true });

    sim.clearRequests();
    expect(await t.call('technicianSyncNow', { session })).toEqual({ started: true, reason: null });
    const done = () => t.events.filter((e): e is Extract<KioskEvent, { type: 'technicianSync' }> => e.type === 'technicianSync').at(-1)?.payload.phase;
    await vi.waitFor(() => expect(done()).toBe('done'), { timeout: 15_000 });
    expect(sim.requests().some((r) => r.route === 'changes' && r.status === 404)).toBe(true);
    const log = await t.call('technicianSyncLog', { session });
    expect(log).toMatchObject({ lookupOnly: true, lastError: null });
    const settings = await t.call('technicianGetSettings', { session });
    expect(settings.values.districtProtocol).toBe('national');
    await t.close();
  }, 30_000);

  it('kiosk config sets it from a shell, and refuses anything but kiosk or national', async () => {
    const db = path.join(tempDir(), 'kiosk.db');
    const set = await runKioskCliAsync(['config', 'set', 'districtProtocol', 'national', '--db', db]);
    expect(set.status, set.stderr).toBe(0);
    const bad = await runKioskCliAsync(['config', 'set', 'districtProtocol', 'soap', '--db', db]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/kiosk|national/);
    const file = openDatabase(db);
    expect(new SettingsStore(file).get('districtProtocol')).toBe('national');
    file.close();
  }, 60_000);
});
