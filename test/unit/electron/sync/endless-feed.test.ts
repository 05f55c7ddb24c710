import { describe, expect, it } from 'vitest';
import { SyncError } from '../../../../electron/sync/sync-error.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { sendJson, useHostileServer } from '../../../support/hostile-server.ts';
import { clientFor, FEED_READERS, openCache, syncFeed, TOKEN, useSimulatorAndCache } from '../../../support/sync-harness.ts';
import { KioskProtocolServer } from '../../../../electron/sync/district-server/kiosk-protocol/kiosk-protocol-server.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

async function failureOf(run: Promise<unknown>): Promise<SyncError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

describe.each(FEED_READERS)('a change feed that never finishes, read in the %s', (reader) => {
  const fixture = useSimulatorAndCache();
  const tempDir = useTempDir();
  const hostile = useHostileServer();

  it('a cursor that does not advance stops the run after a few pages, keeping what came before', async () => {
    const { sim, cache, client } = await fixture.start({ dossiers: 250, seed: 11 });
    sim.faults.inject({ kind: 'duplicate-page', route: 'changes', count: 100_000, afterRequests: 1 });
    const failure = await failureOf(syncFeed(cache, client, { reader }));
    expect(failure.kind).toBe('bad-response');
    expect(failure.message).toContain('not progressing');
    expect(failure.message).toContain('the cursor did not advance');
    // One good page, the stuck one and its repeats, and at most two read ahead.
    expect(sim.requests().filter((r) => r.route === 'changes').length).toBeLessThanOrEqual(8);
    // The first page, and the second once: its repeats bring nothing new.
    expect(cache.store.count()).toBe(200);

    sim.faults.clear();
    await syncFeed(cache, clientFor(sim), { reader });
    expect(cache.store.count()).toBe(250);
  });

  it('pages that keep saying hasMore with nothing new stop the run', async () => {
    let n = 0;
    const server = await hostile((_req, res) => sendJson(res, JSON.stringify({ items: [], nextCursor: `c${++n}`, hasMore: true })));
    const cache = openCache(tempDir());
    const client = new KioskProtocolServer({ baseUrl: server.url, token: TOKEN, kioskId: 'k' });
    const failure = await failureOf(syncFeed(cache, client, { reader }));
    expect(failure.message).toMatch(/not progressing: 5 pages in a row brought nothing new yet said more was coming/);
    expect(server.requests().length).toBeLessThanOrEqual(7);
    cache.db.close();
  });

  it('the same record again and again under new cursors stops the run', async () => {
    let n = 0;
    const page = (cursor: string) => JSON.stringify({ items: [dossierRecord()], nextCursor: cursor, hasMore: true });
    const server = await hostile((_req, res) => sendJson(res, page(`c${++n}`)));
    const cache = openCache(tempDir());
    const client = new KioskProtocolServer({ baseUrl: server.url, token: TOKEN, kioskId: 'k' });
    const failure = await failureOf(syncFeed(cache, client, { reader }));
    expect(failure.message).toContain('not progressing');
    expect(cache.store.count()).toBe(1);
    expect(server.requests().length).toBeLessThanOrEqual(8);
    cache.db.close();
  });

  it('many requests for few new records stop the run at the request budget', async () => {
    let n = 0;
    const server = await hostile((_req, res) => {
      n += 1;
      const record = dossierRecord({ code: `000.00.12.H53-261115-${String(n).padStart(4, '0')}` });
      sendJson(res, JSON.stringify({ items: [record], nextCursor: `c${n}`, hasMore: true }));
    });
    const cache = openCache(tempDir());
    const client = new KioskProtocolServer({ baseUrl: server.url, token: TOKEN, kioskId: 'k' });
    const failure = await failureOf(syncFeed(cache, client, { reader }));
    expect(failure.message).toMatch(/took 11 requests for 11 new records/);
    expect(server.requests().length).toBeLessThanOrEqual(13);
    expect(cache.store.count()).toBe(11);
    cache.db.close();
  });
});
