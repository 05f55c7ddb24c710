import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDemoProcedures } from '../../../electron/catalogue/load-demo-procedures.ts';
import { ProcedureStore } from '../../../electron/catalogue/procedure-store.ts';
import { openDatabase } from '../../../electron/db/open-database.ts';
import { SyncError } from '../../../electron/sync/sync-error.ts';
import { SyncStateStore } from '../../../electron/sync/sync-state-store.ts';
import type { SyncService } from '../../../electron/sync/sync-service.ts';
import { startDistrictSim } from '../../district-sim/index.ts';
import type { DistrictSim } from '../../district-sim/index.ts';
import { connectToDistrict, syncServiceFor, TOKEN } from '../../support/sync-harness.ts';
import { runKioskCliAsync } from '../../support/run-kiosk-cli.ts';
import { useTempDir } from '../../support/temp-dir.ts';

const ASSETS = path.resolve(__dirname, '../../../assets');

describe('the catalogue size guard protects a district catalogue, not the demo one', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  let service: SyncService | undefined;
  afterEach(async () => {
    await service?.close();
    await sim?.close();
    sim = service = undefined;
  });

  async function kiosk(options: { demoCatalogue: boolean }) {
    sim = await startDistrictSim({ dossiers: 20, token: TOKEN, seed: 11 });
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    const procedures = new ProcedureStore(db);
    const state = new SyncStateStore(db);
    if (options.demoCatalogue) loadDemoProcedures({ procedures, syncState: state }, ASSETS);
    connectToDistrict(db, sim.url);
    service = syncServiceFor(db, file);
    return { sim, service, file, procedures, state };
  }

  it("a district catalogue far smaller than the demo's replaces it; from then on the guard protects the district's", async () => {
    const { sim, service, procedures, state } = await kiosk({ demoCatalogue: true });
    expect(procedures.count()).toBe(31);
    expect(state.read().proceduresSource).toBe('demo');
    // One readable procedure (and one unreadable one, fewer than the readable ones).
    sim.faults.inject({ kind: 'catalogue-broken', items: 1 });
    await service.syncNow();
    expect(procedures.count()).toBe(1);
    expect(state.read().proceduresSource).toBe('server');

    sim.faults.inject({ kind: 'catalogue-emptied' });
    const failure = await service.syncNow().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).message).toContain('kiosk sync --accept-smaller');
    expect(procedures.count()).toBe(1);
  });

  it('`kiosk sync --accept-smaller` lets a much smaller district catalogue in; without it a shell sync refuses it too', async () => {
    const { sim, service, file, procedures } = await kiosk({ demoCatalogue: false });
    await service.syncNow();
    const held = procedures.count();
    expect(held).toBeGreaterThan(10);

    sim.faults.inject({ kind: 'catalogue-broken', items: 1 });
    const refused = await runKioskCliAsync(['sync', '--server', sim.url, '--token', TOKEN, '--db', file, '--json']);
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, kind: 'bad-response' });
    expect(procedures.count()).toBe(held);

    sim.faults.inject({ kind: 'catalogue-broken', items: 1 });
    const accepted = await runKioskCliAsync(['sync', '--server', sim.url, '--token', TOKEN, '--db', file, '--accept-smaller', '--json']);
    expect(accepted.status).toBe(0);
    expect(JSON.parse(accepted.stdout)).toMatchObject({ ok: true, procedures: 1 });
    expect(procedures.count()).toBe(1);
  }, 120_000);
});
