import { afterEach, describe, expect, it } from 'vitest';
import { startDistrictSim } from '../../district-sim/index.ts';
import type { DistrictSim } from '../../district-sim/index.ts';
import { clientFor, expectConverged, openCache, syncFeed, TOKEN } from '../../support/sync-harness.ts';
import type { KioskCache } from '../../support/sync-harness.ts';
import { useTempDir } from '../../support/temp-dir.ts';

describe('the size of the pages a sync asks for', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  let cache: KioskCache | undefined;
  afterEach(async () => {
    cache?.db.close();
    await sim?.close();
    sim = cache = undefined;
  });

  const limits = (s: DistrictSim) => s.requests().filter((r) => r.route === 'changes').map((r) => Number(new URL(r.path, 'http://x').searchParams.get('limit')));

  it('starts at 2,000 and grows to the full page size once the server has sent compact rows', async () => {
    sim = await startDistrictSim({ dossiers: 12_000, token: TOKEN, seed: 21 });
    cache = openCache(tempDir());
    await syncFeed(cache, clientFor(sim), { pageSize: 5000 });
    expect(limits(sim)).toEqual([2000, 5000, 5000]);
    expectConverged(cache, sim);
  });

  it('in the worker, the page read ahead at 2,000 serves the first request for 5,000: no page is fetched twice', async () => {
    sim = await startDistrictSim({ dossiers: 12_000, token: TOKEN, seed: 23 });
    cache = openCache(tempDir());
    await syncFeed(cache, clientFor(sim), { pageSize: 5000, reader: 'worker thread' });
    const cursors = sim.requests().filter((r) => r.route === 'changes').map((r) => new URL(r.path, 'http://x').searchParams.get('cursor'));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(limits(sim)).toEqual([2000, 2000, 5000, 5000]);
    expectConverged(cache, sim);
  });

  it('stays at 2,000 with a server that sends items, whose pages take far more memory to parse', async () => {
    sim = await startDistrictSim({ dossiers: 7_000, token: TOKEN, seed: 22, compactFeed: false });
    cache = openCache(tempDir());
    await syncFeed(cache, clientFor(sim), { pageSize: 5000 });
    expect(limits(sim)).toEqual([2000, 2000, 2000, 2000]);
    expectConverged(cache, sim);
  });
});
