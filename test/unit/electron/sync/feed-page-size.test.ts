import { describe, expect, it } from 'vitest';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { clientFor, expectConverged, syncFeed, useSimulatorAndCache } from '../../../support/sync-harness.ts';

describe('the size of the pages a sync asks for', () => {
  const fixture = useSimulatorAndCache();

  const limits = (s: DistrictSim) => s.requests().filter((r) => r.route === 'changes').map((r) => Number(new URL(r.path, 'http://x').searchParams.get('limit')));

  it('starts at 2,000 and grows to the full page size once the server has sent compact rows', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 12_000, seed: 21 });
    await syncFeed(cache, clientFor(sim), { pageSize: 5000 });
    expect(limits(sim)).toEqual([2000, 5000, 5000]);
    expectConverged(cache, sim);
  });

  it('in the worker, the page read ahead at 2,000 serves the first request for 5,000: no page is fetched twice', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 12_000, seed: 23 });
    await syncFeed(cache, clientFor(sim), { pageSize: 5000, reader: 'worker thread' });
    const cursors = sim.requests().filter((r) => r.route === 'changes').map((r) => new URL(r.path, 'http://x').searchParams.get('cursor'));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(limits(sim)).toEqual([2000, 2000, 5000, 5000]);
    expectConverged(cache, sim);
  });

  it('stays at 2,000 with a server that sends items, whose pages take far more memory to parse', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 7_000, seed: 22, compactFeed: false });
    await syncFeed(cache, clientFor(sim), { pageSize: 5000 });
    expect(limits(sim)).toEqual([2000, 2000, 2000, 2000]);
    expectConverged(cache, sim);
  });
});
