import { afterEach, describe, expect, it } from 'vitest';
import type { DossierFreshness } from '../../../../shared/contract/answer-freshness.ts';
import type { DossierRecord, LookupResult } from '../../../../shared/contract/index.ts';
import { CONFIRMED_FOR_MS, QUIET_AFTER_FAILURE_MS } from '../../../../electron/dossiers/scan-freshness.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { clientFor, connectToDistrict, openCache, syncOnce, TOKEN } from '../../../support/sync-harness.ts';
import type { KioskCache } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { openTestHost, testClock } from '../technician/technician-harness.ts';
import type { TestHost } from '../technician/technician-harness.ts';

/** Well-formed codes that neither the simulator nor the cache has. */
const unknown = (n: number) => `000.00.12.H53-261120-${String(9000 + n).padStart(4, '0')}`;

describe('freshness at the scan: the cached answer at once, the server asked in the background within bounds', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  let host: TestHost | undefined;
  afterEach(async () => {
    await host?.close();
    await sim?.close();
    host = sim = undefined;
  });

  /** A kiosk synced with a simulator (and no lookup throttle, so only the freshness bounds count). */
  async function syncedKiosk(options: { sync?: boolean; prepare?: (cache: KioskCache, sim: DistrictSim) => void } = {}) {
    sim = await startDistrictSim({ dossiers: 40, token: TOKEN, seed: 21 });
    const dir = tempDir();
    const cache = openCache(dir);
    connectToDistrict(cache.db, sim.url, 'kiosk-freshness');
    if (options.sync !== false) await syncOnce(cache, clientFor(sim));
    options.prepare?.(cache, sim);
    cache.db.close();
    const clock = testClock();
    host = await openTestHost(dir, { ...clock.host, lookupThrottle: false });
    const t = host;
    const live = () => sim!.requests().filter((r) => r.route === 'dossier').length;
    const lookup = (raw: string) => t.call('lookupDossier', { raw, source: 'hid' });
    const outcome = async (result: LookupResult): Promise<DossierFreshness> => {
      const freshness = 'freshness' in result ? result.freshness : undefined;
      if (freshness?.state !== 'checking') throw new Error(`no check started: ${JSON.stringify(freshness)}`);
      for (let waited = 0; waited < 15_000; waited += 10) {
        const event = t.events.find((e) => e.type === 'dossierFreshness' && e.payload.checkId === freshness.checkId);
        if (event?.type === 'dossierFreshness') return event.payload;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error('no dossierFreshness event');
    };
    return { sim, t, clock, live, lookup, outcome, dir };
  }

  it('shows the cached status first, then pushes the newer version the server has, and keeps it', async () => {
    const { sim, live, lookup, outcome, dir } = await syncedKiosk();
    const [code] = sim.advance(1);
    const before = cachedRow(dir, code!).status;
    const server = sim.state.dossier(code!)!;
    expect(server.status).not.toBe(before);

    const first = await lookup(code!);
    // The answer is the cache's, given before the server answered.
    expect(first).toMatchObject({ kind: 'found', dossier: { code, status: before }, freshness: { state: 'checking' } });
    const pushed = await outcome(first);
    expect(pushed).toMatchObject({ code, freshness: { state: 'confirmed' }, dossier: { code, status: server.status } });
    expect(live()).toBe(1);
    // Stored: the next scan answers the new status from the cache, confirmed moments ago, without asking again.
    const again = await lookup(code!);
    expect(again).toMatchObject({ kind: 'found', dossier: { status: server.status }, freshness: { state: 'confirmed', at: pushed.freshness.state === 'confirmed' ? pushed.freshness.at : '' } });
    expect(live()).toBe(1);
  });

  it('asks nothing for a code confirmed in the last few seconds, and again after', async () => {
    const { sim, t, clock, live, lookup, outcome } = await syncedKiosk();
    const code = sim.state.allDossiers()[3]!.code;
    await outcome(await lookup(code));
    for (let i = 0; i < 5; i++) expect(await lookup(code)).toMatchObject({ freshness: { state: 'confirmed' } });
    expect(live()).toBe(1);
    clock.advance(CONFIRMED_FOR_MS);
    const later = await lookup(code);
    expect(later).toMatchObject({ freshness: { state: 'checking' } });
    await outcome(later);
    expect(live()).toBe(2);
    expect(t.events.filter((e) => e.type === 'dossierFreshness')).toHaveLength(2);
  });

  it('keeps the cache when the server sends an older version than the cache has', async () => {
    let server: DossierRecord | undefined;
    const { live, lookup, outcome, dir } = await syncedKiosk({
      // The cache already holds a later version than the server will send (as if the feed got there first).
      prepare: (cache, sim) => {
        server = sim.state.allDossiers()[5]!;
        cache.store.upsertMany([{ ...server, version: server.version + 3, status: 10, finishedAt: server.receivedAt, returnedAt: server.receivedAt }], new Date());
      },
    });
    const result = await lookup(server!.code);
    expect(result).toMatchObject({ kind: 'found', dossier: { status: 10 }, freshness: { state: 'checking' } });
    expect(await outcome(result)).toMatchObject({ freshness: { state: 'confirmed' }, dossier: { status: 10 } });
    expect(cachedRow(dir, server!.code).version).toBe(server!.version + 3);
    expect(live()).toBe(1);
  });

  it('a code neither the cache nor the server has stays not found; one the server has arrives without a second scan', async () => {
    const { sim, t, live, lookup, outcome } = await syncedKiosk({ sync: false });
    const missing = await lookup(unknown(1));
    expect(missing).toMatchObject({ kind: 'not-found', freshness: { state: 'checking' } });
    expect(await outcome(missing)).toMatchObject({ dossier: null, freshness: { state: 'confirmed' } });
    const wanted = sim.state.allDossiers()[7]!;
    const first = await lookup(wanted.code);
    expect(first).toMatchObject({ kind: 'not-found', freshness: { state: 'checking' } });
    expect(await outcome(first)).toMatchObject({ code: wanted.code, dossier: { code: wanted.code, status: wanted.status }, freshness: { state: 'confirmed' } });
    expect(await lookup(wanted.code)).toMatchObject({ kind: 'found', dossier: { status: wanted.status } });
    expect(live()).toBe(2);
    expect(t.events.filter((e) => e.type === 'dossierFreshness')).toHaveLength(2);
  });

  it('spends at most the kiosk’s budget of live requests: a burst, then one every few seconds', async () => {
    const { sim, clock, live, lookup, outcome } = await syncedKiosk();
    const codes = sim.state.allDossiers().map((d) => d.code);
    const answers: LookupResult[] = [];
    for (const code of codes.slice(0, 25)) answers.push(await lookup(code));
    const states = answers.map((a) => ('freshness' in a ? a.freshness?.state : undefined));
    expect(states.filter((s) => s === 'checking')).toHaveLength(10);
    expect(answers.slice(10)).toEqual(answers.slice(10).map(() => expect.objectContaining({ freshness: { state: 'unconfirmed', reason: 'rate-limited' } })));
    clock.advance(6_000);
    const refilled = await lookup(codes[30]!);
    expect(refilled).toMatchObject({ freshness: { state: 'checking' } });
    expect(await lookup(codes[31]!)).toMatchObject({ freshness: { state: 'unconfirmed', reason: 'rate-limited' } });
    for (const answer of [...answers.slice(0, 10), refilled]) await outcome(answer);
    expect(live()).toBe(11);
  });

  it('asks nothing while the last sync failed, and nothing for a while after a live request failed', async () => {
    const { sim, t, clock, live, lookup, outcome, dir } = await syncedKiosk();
    const codes = sim.state.allDossiers().map((d) => d.code);
    // The request fails (the connection is cut): the answer stays the cache's, said to be unconfirmed.
    sim.faults.inject({ kind: 'connection-reset', route: 'dossier', afterBytes: 0 });
    expect(await outcome(await lookup(codes[0]!))).toMatchObject({ freshness: { state: 'unconfirmed', reason: 'failed' }, dossier: { code: codes[0] } });
    expect(live()).toBe(1);
    for (const code of codes.slice(1, 6)) expect(await lookup(code)).toMatchObject({ freshness: { state: 'unconfirmed', reason: 'server-down' } });
    expect(live()).toBe(1);
    clock.advance(QUIET_AFTER_FAILURE_MS);
    await outcome(await lookup(codes[6]!));
    expect(live()).toBe(2);

    // The scheduled sync failed: the server is known to be down, nothing is sent.
    await t.close();
    const cache = openCache(dir);
    cache.state.recordFailure(new Date(), 'The district server refused the connection.');
    cache.db.close();
    host = await openTestHost(dir, { lookupThrottle: false });
    for (const code of codes.slice(7, 12)) {
      expect(await host.call('lookupDossier', { raw: code, source: 'hid' })).toMatchObject({ kind: 'found', freshness: { state: 'unconfirmed', reason: 'server-down' } });
    }
    expect(live()).toBe(2);
  });

  it('gives up on a slow server after a short timeout; the answer never waited for it', async () => {
    const { sim, t, lookup, outcome } = await syncedKiosk();
    const code = sim.state.allDossiers()[2]!.code;
    sim.faults.inject({ kind: 'latency', route: 'dossier', ms: 8_000 });
    const asked = Date.now();
    const result = await lookup(code);
    expect(result).toMatchObject({ kind: 'found', freshness: { state: 'checking' } });
    expect(t.events.some((e) => e.type === 'dossierFreshness')).toBe(false);
    const pushed = await outcome(result);
    expect(pushed).toMatchObject({ freshness: { state: 'unconfirmed', reason: 'failed' }, dossier: { code } });
    // The 3 s deadline, not the server's 8 s, ended it.
    expect(Date.now() - asked).toBeLessThan(7_500);
  });

  it('a kiosk without a district server asks nothing and says nothing of freshness', async () => {
    const t = (host = await openTestHost(tempDir(), { demoWhenEmpty: true, lookupThrottle: false }));
    const result = await t.call('lookupDossier', { raw: '000.00.12.H53-261120-0009', source: 'hid' });
    expect(result.kind).toBe('found');
    expect(result).not.toHaveProperty('freshness');
    expect(t.events.filter((e) => e.type === 'dossierFreshness')).toHaveLength(0);
  });
});

/** The cached row as a second connection reads it (WAL: the host keeps its own). */
function cachedRow(dir: string, code: string) {
  const cache = openCache(dir);
  try {
    const row = cache.store.findByCode(code);
    if (!row) throw new Error('not in the cache');
    return row;
  } finally {
    cache.db.close();
  }
}
