import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemoProcedures } from '../../../../electron/catalogue/load-demo-procedures.ts';
import { ProcedureStore } from '../../../../electron/catalogue/procedure-store.ts';
import { SyncError } from '../../../../electron/sync/sync-error.ts';
import { expectConverged, syncFeed, TOKEN, useSimulatorAndCache } from '../../../support/sync-harness.ts';
import type { KioskCache } from '../../../support/sync-harness.ts';
import { runKioskCliAsync } from '../../../support/run-kiosk-cli.ts';

const ASSETS = path.resolve(import.meta.dirname, '../../../../assets');

const loadDemoCatalogue = (cache: KioskCache) => loadDemoProcedures({ procedures: new ProcedureStore(cache.db), syncState: cache.state }, ASSETS);

describe('a catalogue reply that would empty or gut the catalogue', () => {
  const fixture = useSimulatorAndCache();

  /** A kiosk synced once from the simulator, holding the district's catalogue. */
  async function syncedKiosk() {
    const { sim, cache, service } = await fixture.startService({ dossiers: 30, seed: 9 });
    await service.syncNow();
    const procedures = new ProcedureStore(cache.db);
    expect(procedures.count()).toBeGreaterThan(10);
    return { sim, cache, service, procedures, state: cache.state, held: procedures.count(), etag: cache.state.read().proceduresEtag };
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

  it("protects a district catalogue, not the demo one: a district catalogue far smaller than the demo's replaces it, and from then on is guarded", async () => {
    const { sim, cache, service } = await fixture.startService({ dossiers: 20, seed: 11 }, loadDemoCatalogue);
    const procedures = new ProcedureStore(cache.db);
    expect(procedures.count()).toBe(31);
    expect(cache.state.read().proceduresSource).toBe('demo');
    // One readable procedure (and one unreadable one, fewer than the readable ones).
    sim.faults.inject({ kind: 'catalogue-broken', items: 1 });
    await service.syncNow();
    expect(procedures.count()).toBe(1);
    expect(cache.state.read().proceduresSource).toBe('server');

    sim.faults.inject({ kind: 'catalogue-emptied' });
    const failure = await service.syncNow().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).message).toContain('kiosk sync --accept-smaller');
    expect(procedures.count()).toBe(1);
  });

  it('`kiosk sync --accept-smaller` lets a much smaller district catalogue in; without it a shell sync refuses it too', async () => {
    const { sim, cache, procedures, held } = await syncedKiosk();
    sim.faults.inject({ kind: 'catalogue-broken', items: 1 });
    const refused = await runKioskCliAsync(['sync', '--server', sim.url, '--token', TOKEN, '--db', cache.file, '--json']);
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, kind: 'bad-response' });
    expect(procedures.count()).toBe(held);

    sim.faults.inject({ kind: 'catalogue-broken', items: 1 });
    const accepted = await runKioskCliAsync(['sync', '--server', sim.url, '--token', TOKEN, '--db', cache.file, '--accept-smaller', '--json']);
    expect(accepted.status).toBe(0);
    expect(JSON.parse(accepted.stdout)).toMatchObject({ ok: true, procedures: 1 });
    expect(procedures.count()).toBe(1);
  }, 120_000);
});

describe('a full dossier resync far smaller than the cache', () => {
  const fixture = useSimulatorAndCache();

  /** A cache of 300 dossiers whose server now holds `deleted` fewer, and has expired the kiosk's cursor. */
  async function shrunkServer(deleted: number) {
    const { sim, cache, client } = await fixture.start({ dossiers: 300, seed: 4 });
    await syncFeed(cache, client);
    sim.deleteDossiers(deleted);
    sim.expireCursors();
    return { sim, cache, client };
  }

  it.each([
    { name: 'empty', deleted: 300 },
    { name: 'a fifth of the cache', deleted: 240 },
  ])('$name: refused, and citizens keep every dossier', async ({ deleted }) => {
    const { cache, client } = await shrunkServer(deleted);
    const failure = await syncFeed(cache, client).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).message).toContain(`full resync holds ${300 - deleted} dossiers where the kiosk holds 300; the kiosk kept its data`);
    expect(cache.store.count()).toBe(300);
    expect(cache.store.count('dossiers_shadow')).toBe(0);
    expect(cache.state.read()).toMatchObject({ resyncActive: true, resyncCursor: null });
  });

  it('a shell sync refuses it too; with the technician’s word (--accept-smaller) the smaller data goes in', async () => {
    const { sim, cache } = await shrunkServer(240);
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
