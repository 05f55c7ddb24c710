import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncDossierFeed } from '../../../../electron/sync/dossier-feed-sync.ts';
import { inProcessFeedSource } from '../../../../electron/sync/feed-page-source.ts';
import type { FeedPageSource } from '../../../../electron/sync/feed-page-source.ts';
import { workerFeedSource } from '../../../../electron/sync/worker-feed-source.ts';
import { feedWorkerScript } from '../../../support/feed-worker-build.ts';
import { clientFor, connectToDistrict, expectConverged, syncServiceFor, useSimulatorAndCache } from '../../../support/sync-harness.ts';
import type { KioskCache } from '../../../support/sync-harness.ts';

describe('the change feed read in a worker thread', () => {
  const fixture = useSimulatorAndCache();
  const { tempDir } = fixture;

  /** A source whose worker runs `script`; counts the pages the fallback had to read. */
  function sourceWith(script: string, client: ReturnType<typeof clientFor>) {
    const fallbackPages: (string | null)[] = [];
    const source: FeedPageSource = workerFeedSource({
      script,
      data: { client: client.connection, format: 'kiosk' },
      fallback: () => {
        const inProcess = inProcessFeedSource(client);
        return {
          fetchPage: (cursor, limit) => {
            fallbackPages.push(cursor);
            return inProcess.fetchPage(cursor, limit);
          },
          close: () => inProcess.close(),
        };
      },
    });
    return { source, fallbackPages };
  }

  async function syncWith(cache: KioskCache, source: FeedPageSource) {
    try {
      return await syncDossierFeed({ ...cache, source, now: () => new Date(), pageSize: 50 });
    } finally {
      await source.close();
    }
  }

  it('pages come from the worker, and the cache converges', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 400, seed: 11 });
    const { source, fallbackPages } = sourceWith(await feedWorkerScript(), clientFor(sim));
    const report = await syncWith(cache, source);
    expect(report).toMatchObject({ applied: 400, pages: 8, quarantined: 0 });
    expect(fallbackPages).toEqual([]);
    expectConverged(cache, sim);
    // The worker reads one page ahead of the writer, never more.
    const changes = sim.requests().filter((r) => r.route === 'changes');
    expect(changes).toHaveLength(8);
    expect(changes.every((r) => r.path.includes('shape=compact'))).toBe(true);
  });

  it('a worker that cannot start leaves the sync to this thread, which still converges', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 120, seed: 12 });
    const { source, fallbackPages } = sourceWith(path.join(tempDir(), 'no-such-worker.cjs'), clientFor(sim));
    const report = await syncWith(cache, source);
    expect(report.applied).toBe(120);
    expect(fallbackPages.length).toBe(report.pages);
    expectConverged(cache, sim);
  });

  it('a worker that dies mid-sync hands the page it owed, and the rest, to this thread', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 300, seed: 13 });
    const real = await feedWorkerScript();
    const dying = path.join(tempDir(), 'dying-worker.cjs');
    // The real worker, which exits on its third request.
    fs.writeFileSync(
      dying,
      `const { parentPort } = require('node:worker_threads');
       let requests = 0;
       parentPort.on('message', () => { if (++requests === 3) process.exit(7); });
       require(${JSON.stringify(real)});`,
    );
    const { source, fallbackPages } = sourceWith(dying, clientFor(sim));
    const report = await syncWith(cache, source);
    expect(report.applied).toBe(300);
    expect(fallbackPages.length).toBe(report.pages - 2);
    expectConverged(cache, sim);
  });

  it('a page that exhausts the worker’s memory fails the sync clearly and is never retried in this thread', async () => {
    const { sim, cache } = await fixture.start({ dossiers: 120, seed: 15 });
    const greedy = path.join(tempDir(), 'greedy-worker.cjs');
    // Stands for a page that decompresses to far more than the worker's heap.
    fs.writeFileSync(greedy, `require('node:worker_threads').parentPort.on('message', () => { const kept = []; for (;;) kept.push(new Array(1e6).fill(1.5)); });`);
    const { source, fallbackPages } = sourceWith(greedy, clientFor(sim));
    await expect(syncWith(cache, source)).rejects.toMatchObject({ kind: 'bad-response', message: expect.stringContaining('too large') });
    expect(fallbackPages).toEqual([]);
    expect(cache.store.count()).toBe(0);
    expect(cache.state.read().cursor).toBeNull();
  });

  it('the sync service uses the worker it is given, and falls back when the file is missing', async () => {
    // More than one page: the first is read in this thread, the rest by the worker.
    const { sim } = await fixture.start({ dossiers: 4_500, seed: 14 });
    for (const script of [await feedWorkerScript(), path.join(tempDir(), 'missing.cjs')]) {
      const cache = fixture.freshCache();
      connectToDistrict(cache.db, sim.url);
      const service = syncServiceFor(cache.db, cache.file, { feedWorkerScript: script });
      expect((await service.syncNow()).applied).toBe(4_500);
      expectConverged(cache, sim);
    }
  });

  it('the sync service starts the sync writer for each run, and a page reader beside it only for more than one page', async () => {
    const { sim } = await fixture.start({ dossiers: 4_500, seed: 16 });
    const started = path.join(fixture.tempDir(), 'started');
    const marking = path.join(fixture.tempDir(), 'marking-worker.cjs');
    // The real worker, which notes the role it was started in.
    fs.writeFileSync(
      marking,
      `require('node:fs').appendFileSync(${JSON.stringify(started)}, (require('node:worker_threads').workerData.role ?? 'pages') + '\\n'); require(${JSON.stringify(await feedWorkerScript())});`,
    );
    const roles = () => fs.readFileSync(started, 'utf8').split('\n').filter(Boolean);
    const cache = fixture.freshCache();
    connectToDistrict(cache.db, sim.url);
    const service = syncServiceFor(cache.db, cache.file, { feedWorkerScript: marking });
    expect((await service.syncNow()).pages).toBeGreaterThan(1);
    expect(roles()).toEqual(['sync-writer', 'pages']);

    fs.rmSync(started);
    sim.advance(50);
    expect((await service.syncNow()).pages).toBe(1);
    expect(roles()).toEqual(['sync-writer']);
    expectConverged(cache, sim);
  });
});
