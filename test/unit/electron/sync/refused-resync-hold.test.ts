import { describe, expect, it } from 'vitest';
import type { DistrictServer } from '../../../../electron/sync/district-server/district-server.ts';
import { REFUSED_RESYNC_RETRY_S, syncDossierFeed } from '../../../../electron/sync/dossier-feed-sync.ts';
import { inProcessFeedSource } from '../../../../electron/sync/feed-page-source.ts';
import { SyncError } from '../../../../electron/sync/sync-error.ts';
import { expectConverged, useSimulatorAndCache } from '../../../support/sync-harness.ts';
import type { KioskCache } from '../../../support/sync-harness.ts';

const HOUR_MS = 3_600_000;

/** The feed as the service reads it, at a chosen time, as the service records the outcome. */
async function syncAt(cache: KioskCache, client: DistrictServer, at: Date, acceptSmaller = false): Promise<SyncError | null> {
  try {
    await syncDossierFeed({ ...cache, source: inProcessFeedSource(client, 'kiosk'), now: () => at, pageSize: 100, acceptSmaller });
    cache.state.recordSuccess('server', at);
    return null;
  } catch (error) {
    if (!(error instanceof SyncError)) throw error;
    cache.state.recordFailure(at, error.message);
    return error;
  }
}

describe('a refused shrinking resync is not downloaded again at every retry', () => {
  const fixture = useSimulatorAndCache();

  it('for 24 h the kiosk fails at once without asking the server and says why; then it asks once more; --accept-smaller swaps it in', async () => {
    const { sim, cache, client } = await fixture.start({ dossiers: 300, seed: 4 });
    const refusedAt = new Date('2026-12-01T08:00:00.000Z');
    expect(await syncAt(cache, client, new Date(refusedAt.getTime() - HOUR_MS))).toBeNull();
    sim.deleteDossiers(240);
    sim.expireCursors();
    expect((await syncAt(cache, client, refusedAt))?.message).toContain('full resync holds 60 dossiers where the kiosk holds 300');
    expect(cache.state.read().refusedResync).toEqual({ at: refusedAt.getTime() / 1000, offered: 60 });

    // Backoff retries within the day: no request for the feed, the same data, and the reason in the sync status.
    sim.clearRequests();
    for (const hours of [0.1, 1, 23.9]) {
      const held = await syncAt(cache, client, new Date(refusedAt.getTime() + hours * HOUR_MS));
      expect(held?.kind).toBe('bad-response');
    }
    expect(sim.requests().filter((r) => r.route === 'changes')).toEqual([]);
    expect(cache.store.count()).toBe(300);
    expect(cache.state.status()).toMatchObject({
      state: 'error',
      lastError:
        "The district server's full resync of 2026-12-01T08:00:00.000Z held 60 dossiers where the kiosk holds 300; the kiosk kept its data " +
        'and asks for a full resync again after 2026-12-02T08:00:00.000Z. If the district really holds fewer dossiers now, run `kiosk sync --accept-smaller` from a shell.',
    });

    // A day later it asks once more; still far smaller, so refused again and remembered anew.
    const nextDay = new Date(refusedAt.getTime() + REFUSED_RESYNC_RETRY_S * 1000);
    expect((await syncAt(cache, client, nextDay))?.message).toContain('full resync holds 60 dossiers');
    expect(sim.requests().filter((r) => r.route === 'changes').length).toBeGreaterThan(0);
    expect(cache.state.read().refusedResync).toEqual({ at: nextDay.getTime() / 1000, offered: 60 });

    // The technician's word goes through at once, and nothing is held back afterwards.
    expect(await syncAt(cache, client, new Date(nextDay.getTime() + HOUR_MS), true)).toBeNull();
    expectConverged(cache, sim);
    expect(cache.state.read().refusedResync).toBeNull();
    sim.advance(5);
    expect(await syncAt(cache, client, new Date(nextDay.getTime() + 2 * HOUR_MS))).toBeNull();
    expectConverged(cache, sim);
  });
});
