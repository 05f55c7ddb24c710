import { describe, expect, it } from 'vitest';
import { SyncError } from '../../../../electron/sync/sync-error.ts';
import type { FaultSpec } from '../../../district-sim/index.ts';
import { clientFor, expectConverged, FEED_READERS, syncFeed, syncOnce, syncUntilDone, useSimulatorAndCache } from '../../../support/sync-harness.ts';

// Every fault, for each thread the feed can be parsed in and each page shape a server may send.
const VARIANTS = FEED_READERS.flatMap((reader) => [
  { reader, compactFeed: true, shape: 'compact rows' },
  { reader, compactFeed: false, shape: 'items' },
]);

describe.each(VARIANTS)('dossier feed against the district simulator: $shape parsed in the $reader', ({ reader, compactFeed }) => {
  const fixture = useSimulatorAndCache();
  const setUp = (dossiers = 600) => fixture.start({ dossiers, seed: 7, compactFeed });

  it('pulls a full snapshot, then only the changes, gzip-compressed', async () => {
    const { sim, cache, client } = await setUp();
    const first = await syncOnce(cache, client, { reader });
    expect(first).toMatchObject({ applied: 600, quarantined: 0, fullResync: false });
    expect(first.pages).toBe(6);
    expectConverged(cache, sim);

    const moved = new Set(sim.advance(40));
    const deleted = new Set(sim.deleteDossiers(5));
    sim.clearRequests();
    const second = await syncOnce(cache, client, { reader });
    expect(second.applied).toBe([...moved].filter((c) => !deleted.has(c)).length);
    expect(second.deleted).toBe(deleted.size);
    expectConverged(cache, sim);
    const changes = sim.requests().filter((r) => r.route === 'changes');
    expect(changes.every((r) => r.path.includes('cursor='))).toBe(true);
    expect(changes.every((r) => r.headers['accept-encoding']?.includes('gzip') && r.headers['x-kiosk-protocol'] === '1')).toBe(true);

    const third = await syncOnce(cache, client, { reader });
    expect(third.applied + third.deleted).toBe(0);
  });

  const transient: { name: string; fault: FaultSpec; kind: SyncError['kind'] }[] = [
    { name: 'HTTP 500', fault: { kind: 'http-500', route: 'changes', count: 2 }, kind: 'server-error' },
    { name: 'HTTP 503 with Retry-After', fault: { kind: 'http-503', route: 'changes', count: 2, retryAfterSeconds: 7 }, kind: 'rate-limited' },
    { name: 'HTTP 429 with Retry-After', fault: { kind: 'http-429', route: 'changes', count: 2, retryAfterSeconds: 30 }, kind: 'rate-limited' },
    { name: 'connection reset mid-body', fault: { kind: 'connection-reset', route: 'changes', count: 2 }, kind: 'network' },
    { name: 'truncated JSON', fault: { kind: 'truncated-json', route: 'changes', count: 2 }, kind: 'bad-response' },
  ];

  it.each(transient)('$name: reported, retried, and the cache converges', async ({ fault, kind }) => {
    const { sim, cache, client } = await setUp();
    await syncOnce(cache, client, { reader });
    sim.advance(60);
    sim.deleteDossiers(3);
    const before = cache.state.read().cursor;
    sim.faults.inject(fault);
    let failure: unknown;
    try {
      await syncOnce(cache, client, { reader });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).kind).toBe(kind);
    if (fault.retryAfterSeconds) expect((failure as SyncError).retryAfterSec).toBe(fault.retryAfterSeconds);
    expect(cache.state.read().cursor).toBe(before);
    const { errors } = await syncUntilDone(cache, client, { reader });
    expect(errors.map((e) => e.kind)).toEqual([kind]);
    expectConverged(cache, sim);
  });

  it('latency and a slow drip only slow the sync down; a drip past the deadline is a timeout, retried', async () => {
    const { sim, cache } = await setUp(300);
    sim.faults.inject({ kind: 'latency', route: 'changes', count: 3, ms: 200 });
    await syncUntilDone(cache, clientFor(sim), { reader });
    expectConverged(cache, sim);

    sim.advance(30);
    sim.faults.inject({ kind: 'slow-drip', route: 'changes', durationMs: 3000 });
    const { errors } = await syncUntilDone(cache, clientFor(sim, { timeoutMs: 1000 }), { reader });
    expect(errors.map((e) => e.kind)).toEqual(['timeout']);
    expectConverged(cache, sim);
  });

  it('duplicated and overlapping pages change nothing: re-delivery is harmless', async () => {
    const { sim, cache, client } = await setUp();
    sim.faults.inject({ kind: 'duplicate-page', route: 'changes', count: 3 });
    sim.faults.inject({ kind: 'overlapping-page', route: 'changes', count: 3, items: 30 });
    const { reports, errors } = await syncUntilDone(cache, client, { reader });
    expect(errors).toEqual([]);
    expect(reports[0]!.ignored).toBeGreaterThan(0);
    expectConverged(cache, sim);
  });

  it('quarantines schema-invalid records without blocking the rest, and repairs them', async () => {
    const { sim, cache, client } = await setUp();
    sim.faults.inject({ kind: 'schema-invalid', route: 'changes', count: 2, items: 4 });
    const report = await syncFeed(cache, client, { reader });
    expect(report.quarantined).toBe(8);
    expect(cache.store.count()).toBe(600 - 8);
    const reasons = cache.db.prepare('SELECT code, reason FROM quarantine').all() as { code: string | null; reason: string }[];
    expect(reasons).toHaveLength(8);
    expect(reasons.every((r) => r.reason.length > 0)).toBe(true);
    await syncOnce(cache, client, { reader });
    expect(cache.db.prepare('SELECT count(*) FROM quarantine').pluck().get()).toBe(0);
    expectConverged(cache, sim);
  });

  it('a wrong token fails clearly and writes nothing', async () => {
    const { sim, cache } = await setUp();
    const wrong = clientFor(sim, { token: 'not-the-token' });
    await expect(syncOnce(cache, wrong, { reader })).rejects.toMatchObject({ kind: 'unauthorized', transient: false });
    expect(cache.store.count()).toBe(0);
    sim.faults.inject({ kind: 'wrong-token', route: 'changes' });
    await expect(syncOnce(cache, clientFor(sim), { reader })).rejects.toMatchObject({ kind: 'unauthorized' });
    await syncUntilDone(cache, clientFor(sim), { reader });
    expectConverged(cache, sim);
  });

  it('an expired cursor resyncs into the shadow table while citizens keep the old data', async () => {
    const { sim, cache, client } = await setUp();
    await syncOnce(cache, client, { reader });
    const someCode = sim.state.allDossiers()[0]!.code;
    sim.advance(50);
    sim.deleteDossiers(20);
    sim.expireCursors();
    // Request 1 answers 410 and starts the resync; request 2 fills the shadow's first page;
    // request 3 is cut, leaving the resync half done.
    sim.faults.inject({ kind: 'connection-reset', route: 'changes', afterRequests: 2 });
    await expect(syncOnce(cache, client, { reader })).rejects.toMatchObject({ kind: 'network' });
    expect(cache.state.read().resyncActive).toBe(true);
    expect(cache.store.count()).toBe(600);
    expect(cache.store.findByCode(someCode)).toBeDefined();
    expect(cache.store.count('dossiers_shadow')).toBeGreaterThan(0);

    const { reports } = await syncUntilDone(cache, client, { reader });
    expect(reports[0]!.fullResync).toBe(true);
    expect(cache.state.read().resyncActive).toBe(false);
    expect(cache.store.count('dossiers_shadow')).toBe(0);
    expectConverged(cache, sim);
  });
});
