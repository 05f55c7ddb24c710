import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProcedureStore } from '../../../electron/catalogue/procedure-store.ts';
import { openDatabase } from '../../../electron/db/open-database.ts';
import { SyncError } from '../../../electron/sync/sync-error.ts';
import { SyncStateStore } from '../../../electron/sync/sync-state-store.ts';
import type { SyncService } from '../../../electron/sync/sync-service.ts';
import { startDistrictSim } from '../../district-sim/index.ts';
import type { DistrictSim } from '../../district-sim/index.ts';
import { connectToDistrict, expectConverged, syncFeed, syncServiceFor, TOKEN, useSimulatorAndCache } from '../../support/sync-harness.ts';
import { runKioskCliAsync } from '../../support/run-kiosk-cli.ts';
import { useTempDir } from '../../support/temp-dir.ts';

describe('a catalogue reply that would empty or gut the catalogue', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  let service: SyncService | undefined;
  afterEach(async () => {
    await service?.close();
    await sim?.close();
    sim = service = undefined;
  });

  async function syncedKiosk() {
    sim = await startDistrictSim({ dossiers: 30, token: TOKEN, seed: 9 });
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    connectToDistrict(db, sim.url);
    service = syncServiceFor(db, file);
    await service.syncNow();
    const procedures = new ProcedureStore(db);
    const state = new SyncStateStore(db);
    expect(procedures.count()).toBeGreaterThan(10);
    return { sim, service, procedures, state, held: procedures.count(), etag: state.read().proceduresEtag };
  }

  it('an empty reply under the catalogue’s own ETag is refused; the next answer is the whole catalogue, not a 304', async () => {
    const { sim, service, procedures, state, held, etag } = await syncedKiosk();
    sim.faults.inject({ kind: 'catalogue-emptied' });
    const failure = await service.syncNow().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).message).toBe(
      `The district server sent a procedure catalogue of 0 procedures where the kiosk holds ${held}; the kiosk kept its catalogue (it replaces it only with one of at least 50 % of the procedures). Ask the district IT to check the catalogue; if it really holds fewer procedures now, run \`kiosk sync --accept-smaller\` from a shell.`,
    );
    expect(procedures.count()).toBe(held);
    expect(state.read().proceduresEtag).toBeNull();
    // The technician's sync tab and `kiosk doctor` read this.
    expect(state.status()).toMatchObject({ state: 'error', lastError: (failure as SyncError).message });
    // Dossiers, heartbeat and ratings still went.
    expect(sim.requests().map((r) => r.route)).toContain('heartbeat');

    sim.clearRequests();
    await service.syncNow();
    expect(sim.requests().find((r) => r.route === 'procedures')?.status).toBe(200);
    expect(procedures.count()).toBe(held);
    expect(state.read().proceduresEtag).toBe(etag);
  });

  it('one valid record among hundreds of invalid ones is refused', async () => {
    const { sim, service, procedures, state, held } = await syncedKiosk();
    sim.faults.inject({ kind: 'catalogue-broken', items: 300 });
    const failure = await service.syncNow().catch((e: unknown) => e);
    expect((failure as SyncError).message).toBe(
      `The district server sent a procedure catalogue with 300 unreadable records and 1 readable ones; the kiosk kept its ${held} procedures.`,
    );
    expect(procedures.count()).toBe(held);
    expect(state.read().proceduresEtag).toBeNull();
  });
});

describe('a full dossier resync far smaller than the cache', () => {
  const fixture = useSimulatorAndCache();

  it.each([
    { name: 'empty', deleted: 300 },
    { name: 'a fifth of the cache', deleted: 240 },
  ])('$name: refused, citizens keep every dossier, and a shell sync refuses it too until --accept-smaller', async ({ deleted }) => {
    const { sim, cache, client } = await fixture.start({ dossiers: 300, seed: 4 });
    await syncFeed(cache, client);
    sim.deleteDossiers(deleted);
    sim.expireCursors();
    const failure = await syncFeed(cache, client).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).message).toContain(`full resync holds ${300 - deleted} dossiers where the kiosk holds 300; the kiosk kept its data`);
    expect(cache.store.count()).toBe(300);
    expect(cache.store.count('dossiers_shadow')).toBe(0);
    expect(cache.state.read()).toMatchObject({ resyncActive: true, resyncCursor: null });

    // Without the technician's word, a shell sync refuses it too; with it, the smaller data goes in.
    const refused = await runKioskCliAsync(['sync', '--server', sim.url, '--token', TOKEN, '--db', cache.file, '--json']);
    expect(refused.status).toBe(1);
    expect(cache.store.count()).toBe(300);
    const accepted = await runKioskCliAsync(['sync', '--server', sim.url, '--token', TOKEN, '--db', cache.file, '--accept-smaller', '--json']);
    expect(accepted.status).toBe(0);
    expectConverged(cache, sim);
  }, 120_000);

  it('a resync that keeps most of the cache is swapped in as before', async () => {
    const { sim, cache, client } = await fixture.start({ dossiers: 300, seed: 4 });
    await syncFeed(cache, client);
    sim.deleteDossiers(100);
    sim.expireCursors();
    const report = await syncFeed(cache, client);
    expect(report.fullResync).toBe(true);
    expectConverged(cache, sim);
  });
});
