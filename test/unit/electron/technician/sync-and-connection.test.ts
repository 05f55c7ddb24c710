import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KioskEvent } from '../../../../shared/contract/index.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { freePort } from './network-fixtures.ts';
import { openTestHost } from './technician-harness.ts';

const TOKEN = 'sync-test-token';
let sim: DistrictSim;
beforeAll(async () => {
  sim = await startDistrictSim({ dossiers: 120, token: TOKEN });
});
afterAll(async () => {
  await sim.close();
});

describe('technician mode against the district simulator', () => {
  const tempDir = useTempDir();

  it('configures the server from technician mode, tests the connection, syncs now with progress, and shows the sync log', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    expect(await t.call('technicianSyncNow', { session })).toEqual({ started: false, reason: 'not-configured' });
    expect((await t.call('technicianTestConnection', { session })).failure).toMatchObject({ kind: 'not-configured' });

    await t.call('technicianSetSetting', { session, key: 'districtServerUrl', value: sim.url });
    expect((await t.call('technicianTestConnection', { session })).failure).toMatchObject({ kind: 'no-token' });
    await t.call('technicianSetToken', { session, token: TOKEN });
    expect(await t.call('technicianTestConnection', { session })).toMatchObject({ ok: true });

    expect(await t.call('technicianSyncNow', { session })).toEqual({ started: true, reason: null });
    expect(await t.call('technicianSyncNow', { session })).toEqual({ started: false, reason: 'running' });
    const syncEvents = () => t.events.filter((e): e is Extract<KioskEvent, { type: 'technicianSync' }> => e.type === 'technicianSync');
    await vi.waitFor(() => expect(syncEvents().at(-1)?.payload.phase).toBe('done'), { timeout: 15_000 });
    expect(syncEvents()[0]!.payload).toMatchObject({ phase: 'running', pages: 0, records: 0 });
    expect(syncEvents().at(-1)!.payload).toMatchObject({ phase: 'done', records: 120, kind: null });

    const log = await t.call('technicianSyncLog', { session });
    expect(log).toMatchObject({ source: 'server', dossiers: 120, lastError: null, syncing: false });
    expect(log.lastSuccessAt).not.toBeNull();

    const audit = (await t.call('technicianAuditLog', { session })).entries.map((e) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['sync-now', 'test-connection', 'token-changed', 'setting-changed', 'unlock', 'pin-set']));
    await t.close();
  }, 30_000);

  it('names a stopped server in the test, and reports a failed sync with its kind', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    const port = await freePort();
    await t.call('technicianSetSetting', { session, key: 'districtServerUrl', value: `http://127.0.0.1:${port}` });
    await t.call('technicianSetToken', { session, token: TOKEN });
    const report = await t.call('technicianTestConnection', { session });
    expect(report).toMatchObject({ ok: false, failure: { kind: 'refused', host: '127.0.0.1', port } });

    await t.call('technicianSyncNow', { session });
    await vi.waitFor(() => expect(t.events.some((e) => e.type === 'technicianSync' && e.payload.phase === 'failed')).toBe(true));
    const failed = t.events.find((e) => e.type === 'technicianSync' && e.payload.phase === 'failed');
    expect(failed?.payload).toMatchObject({ kind: 'network' });
    expect((await t.call('technicianSyncLog', { session })).lastError).toContain('refused');
    await t.close();
  });
});
