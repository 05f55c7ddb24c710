import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { FIRST_WAIT_MS, FREE_FOUND_CODES, FREE_KEYPAD_LOOKUPS, FREE_MISSES } from '../../../../electron/dossiers/lookup-throttle.ts';
import { TokenBucket } from '../../../../electron/dossiers/token-bucket.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { connectToDistrict, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { openTestHost, testClock } from '../technician/technician-harness.ts';

/** Demo dossiers (assets/demo): one the cache has, and well-formed codes it does not. */
const KNOWN = '000.00.12.H53-261120-0009';
const missing = (n: number) => `000.00.12.H53-261120-${String(9000 + n).padStart(4, '0')}`;
const IDLE_MS = 90_000;
/** Every receipt code of the demo dossiers: all found in the demo cache. */
const demo = JSON.parse(fs.readFileSync(path.resolve('assets/demo/dossiers.json'), 'utf8')) as { dossiers: { code: string }[] };
const DEMO_CODES = [...new Set(demo.dossiers.map((d) => d.code))];

describe('lookups that miss are throttled on the host (sequential receipt codes)', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  async function kiosk(options: { idleTimeoutSec?: number } = {}) {
    const clock = testClock();
    const t = await openTestHost(tempDir(), { ...clock.host, demoWhenEmpty: true, ...options });
    const lookup = (raw: string, source = 'keypad') => t.call('lookupDossier', { raw, source });
    return { t, clock, lookup };
  }

  it('answers a few misses, then makes every lookup wait, longer each time, until the kiosk is idle', async () => {
    const { t, clock, lookup } = await kiosk();
    for (let i = 0; i < FREE_MISSES; i++) expect(await lookup(missing(i))).toMatchObject({ kind: 'not-found' });
    expect(await lookup(missing(3))).toMatchObject({ kind: 'not-found' });
    // The next lookup waits, whatever it asks: a known code too, and from a scanner too.
    expect(await lookup(KNOWN)).toEqual({ kind: 'wait', retryAfterSec: FIRST_WAIT_MS / 1000 });
    expect(await lookup(KNOWN, 'hid')).toEqual({ kind: 'wait', retryAfterSec: FIRST_WAIT_MS / 1000 });
    clock.advance(FIRST_WAIT_MS - 1000);
    expect(await lookup(KNOWN)).toEqual({ kind: 'wait', retryAfterSec: 1 });
    clock.advance(1000);
    expect(await lookup(missing(4))).toMatchObject({ kind: 'not-found' });
    expect(await lookup(KNOWN)).toEqual({ kind: 'wait', retryAfterSec: (2 * FIRST_WAIT_MS) / 1000 });
    // Stepping the wall clock does nothing: the wait runs on the monotonic clock.
    clock.stepWall(60 * 60_000);
    expect(await lookup(KNOWN)).toMatchObject({ kind: 'wait' });

    // Nobody at the kiosk for the idle timeout: the next citizen starts afresh.
    clock.advance(IDLE_MS);
    expect(await lookup(KNOWN)).toMatchObject({ kind: 'found' });
    for (let i = 0; i < FREE_MISSES; i++) expect(await lookup(missing(10 + i))).toMatchObject({ kind: 'not-found' });
    await t.close();
  });

  it('counts parallel calls one by one: a burst of misses gets no more through', async () => {
    const { t, lookup } = await kiosk();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => lookup(missing(i))));
    expect(results.filter((r) => r.kind === 'not-found')).toHaveLength(FREE_MISSES + 1);
    expect(results.filter((r) => r.kind === 'wait')).toHaveLength(20 - FREE_MISSES - 1);
    await t.close();
  });

  it('throttles codes typed on the keypad past a few even when found (paging through); one receipt scanned again and again never', async () => {
    const { t, lookup } = await kiosk();
    for (let i = 0; i < 30; i++) expect(await lookup(KNOWN, 'serial')).toMatchObject({ kind: 'found' });
    const typed = [];
    for (let i = 0; i < FREE_KEYPAD_LOOKUPS + FREE_MISSES + 2; i++) typed.push((await lookup(KNOWN)).kind);
    expect(typed.slice(0, FREE_KEYPAD_LOOKUPS + FREE_MISSES + 1).every((kind) => kind === 'found')).toBe(true);
    expect(typed.at(-1)).toBe('wait');
    await t.close();
  });

  it('throttles found codes from any source past a threshold: sequential barcodes on a phone held to the scanner', async () => {
    const { t, clock, lookup } = await kiosk();
    expect(DEMO_CODES.length).toBeGreaterThan(FREE_FOUND_CODES + 2);
    for (const [i, code] of DEMO_CODES.slice(0, FREE_FOUND_CODES).entries()) {
      expect(await lookup(code, i % 2 ? 'hid' : 'serial')).toMatchObject({ kind: 'found' });
    }
    // The same receipts again (a citizen rescanning) cost nothing.
    for (const code of DEMO_CODES.slice(0, 3)) expect(await lookup(code, 'hid')).toMatchObject({ kind: 'found' });
    // One more distinct dossier is answered, and the wait starts; it doubles with each further one.
    expect(await lookup(DEMO_CODES[FREE_FOUND_CODES]!, 'hid')).toMatchObject({ kind: 'found' });
    expect(await lookup(DEMO_CODES[FREE_FOUND_CODES + 1]!, 'hid')).toEqual({ kind: 'wait', retryAfterSec: FIRST_WAIT_MS / 1000 });
    clock.advance(FIRST_WAIT_MS);
    expect(await lookup(DEMO_CODES[FREE_FOUND_CODES + 1]!, 'serial')).toMatchObject({ kind: 'found' });
    expect(await lookup(DEMO_CODES[FREE_FOUND_CODES + 2]!, 'serial')).toEqual({ kind: 'wait', retryAfterSec: (2 * FIRST_WAIT_MS) / 1000 });
    // The next citizen, after the idle timeout, starts afresh.
    clock.advance(IDLE_MS);
    for (const code of DEMO_CODES.slice(0, FREE_FOUND_CODES)) expect(await lookup(code, 'hid')).toMatchObject({ kind: 'found' });
    await t.close();
  });

  it('one citizen scanning a few receipts, with a mistyped code, never waits', async () => {
    const { t, lookup } = await kiosk();
    for (const code of DEMO_CODES.slice(0, 4)) expect(await lookup(code, 'hid')).toMatchObject({ kind: 'found' });
    expect(await lookup(missing(1))).toMatchObject({ kind: 'not-found' });
    for (const code of DEMO_CODES.slice(0, 4)) expect(await lookup(code, 'keypad')).toMatchObject({ kind: 'found' });
    await t.close();
  });

  it('asks the district server live for unknown codes within a per-kiosk budget', async () => {
    sim = await startDistrictSim({ dossiers: 5, token: TOKEN, seed: 11 });
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'kiosk.db'));
    connectToDistrict(db, sim.url, 'kiosk-budget');
    db.close();
    const clock = testClock();
    // The shortest idle timeout lets the most misses through: 4 every 10 s, 24 a minute.
    const t = await openTestHost(dir, { ...clock.host, demoWhenEmpty: true, idleTimeoutSec: 10 });
    let asked = 0;
    let checking = 0;
    for (let round = 0; round < 15; round++) {
      for (let i = 0; i < FREE_MISSES + 1; i++) {
        const result = await t.call('lookupDossier', { raw: missing(round * 10 + i), source: 'keypad' });
        expect(result).toMatchObject({ kind: 'not-found' });
        if ('freshness' in result && result.freshness?.state === 'checking') checking += 1;
        asked += 1;
      }
      clock.advance(10_000);
    }
    // The live requests run in the background: each ends in a dossierFreshness event.
    await vi.waitFor(() => expect(t.events.filter((e) => e.type === 'dossierFreshness')).toHaveLength(checking), { timeout: 15_000 });
    const live = sim.requests().filter((r) => r.route === 'dossier').length;
    expect(live).toBe(checking);
    // 60 misses in 150 s: at most a burst of 10 and one every 6 s reached the server.
    expect(asked).toBe(60);
    expect(live).toBeLessThanOrEqual(10 + 150 / 6);
    expect(live).toBeGreaterThanOrEqual(10);
    await t.close();
  });
});

describe('TokenBucket', () => {
  it('gives a burst, then one take per refill period, on the clock it is given', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 1000, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 999;
    expect(bucket.take()).toBe(false);
    now += 1;
    expect(bucket.take()).toBe(true);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});
