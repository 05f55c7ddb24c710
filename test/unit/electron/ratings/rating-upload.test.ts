import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RatingValue } from '../../../../shared/contract/index.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { RatingOutbox } from '../../../../electron/ratings/rating-outbox.ts';
import type { NewRating } from '../../../../electron/ratings/rating-outbox.ts';
import { uploadRatings } from '../../../../electron/sync/upload-ratings.ts';
import type { DistrictServer } from '../../../../electron/sync/district-server/district-server.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim, FaultSpec } from '../../../district-sim/index.ts';
import { clientFor, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const RATED_AT = new Date('2026-11-20T03:15:00Z');
const CHOICES: RatingValue[] = ['very-satisfied', 'satisfied', 'not-satisfied'];

function rating(i: number): NewRating {
  const choice = CHOICES[i % 3]!;
  return {
    id: randomUUID(),
    dossierCode: i % 4 === 0 ? null : `000.00.12.H53-261120-${String(i).padStart(4, '0')}`,
    rating: choice,
    reasons: choice === 'not-satisfied' ? ['late', 'long-wait'] : [],
  };
}

describe('ratings outbox uploaded to the district simulator', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  let db: Database | undefined;
  afterEach(async () => {
    db?.close();
    await sim?.close();
    sim = undefined;
    db = undefined;
  });

  async function setUp(count: number) {
    sim = await startDistrictSim({ dossiers: 0, token: TOKEN });
    db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const outbox = new RatingOutbox(db);
    const ratings = Array.from({ length: count }, (_, i) => rating(i));
    for (const r of ratings) outbox.save(r, RATED_AT);
    return { sim, db, outbox, ratings, client: clientFor(sim, { timeoutMs: 3_000 }) };
  }

  /** Each rating reached the server exactly once, as the citizen gave it. */
  function expectCountedOnce(sim: DistrictSim, ratings: NewRating[]) {
    const received = sim.state.ratingsReceived();
    expect(received.length).toBe(ratings.length);
    const byId = new Map(received.map((r) => [r.id, r]));
    for (const r of ratings) {
      expect(byId.get(r.id), r.id).toMatchObject({
        dossierCode: r.dossierCode,
        rating: r.rating,
        reasons: r.reasons,
        at: RATED_AT.toISOString(),
        kioskId: 'test-kiosk',
      });
    }
  }

  it('sends the outbox in batches with the ratings’ idempotency keys, then empties it', async () => {
    const { sim, db, outbox, ratings, client } = await setUp(450);
    const report = await uploadRatings(db, client, { batchSize: 200 });
    expect(report).toEqual({ accepted: 450, duplicates: 0, remaining: 0, failure: null });
    expect(outbox.count()).toBe(0);
    expect(sim.requests().filter((r) => r.route === 'ratings').map((r) => r.status)).toEqual([200, 200, 200]);
    expectCountedOnce(sim, ratings);
    expect(await uploadRatings(db, client)).toEqual({ accepted: 0, duplicates: 0, remaining: 0, failure: null });
  });

  it('keeps every rating while the server cannot be reached, through a restart, and sends them all later', async () => {
    sim = await startDistrictSim({ dossiers: 0, token: TOKEN });
    const file = path.join(tempDir(), 'kiosk.db');
    const ratings = Array.from({ length: 12 }, (_, i) => rating(i));
    const before = openDatabase(file);
    for (const r of ratings) new RatingOutbox(before).save(r, RATED_AT);
    const offline = clientFor({ ...sim, url: 'http://127.0.0.1:9' } as DistrictSim, { timeoutMs: 2_000 });
    expect(await uploadRatings(before, offline)).toMatchObject({ remaining: 12, failure: 'network' });
    before.close();

    db = openDatabase(file);
    expect(await uploadRatings(db, clientFor(sim))).toEqual({ accepted: 12, duplicates: 0, remaining: 0, failure: null });
    expectCountedOnce(sim, ratings);
  });

  const faults: { name: string; fault: FaultSpec; failure: string; processedFirstTime: boolean }[] = [
    { name: 'connection reset after the server processed the batch', fault: { kind: 'connection-reset', route: 'ratings', afterBytes: 5 }, failure: 'network', processedFirstTime: true },
    { name: 'HTTP 500', fault: { kind: 'http-500', route: 'ratings' }, failure: 'server-error', processedFirstTime: false },
    { name: 'HTTP 503 with Retry-After', fault: { kind: 'http-503', route: 'ratings', retryAfterSeconds: 1 }, failure: 'rate-limited', processedFirstTime: false },
    { name: 'truncated JSON after the server processed the batch', fault: { kind: 'truncated-json', route: 'ratings' }, failure: 'bad-response', processedFirstTime: true },
  ];

  it.each(faults)('$name: nothing lost, nothing counted twice', async ({ fault, failure, processedFirstTime }) => {
    const { sim, db, outbox, ratings, client } = await setUp(25);
    sim.faults.inject(fault);
    const first = await uploadRatings(db, client, { batchSize: 100 });
    expect(first.failure).toBe(failure);
    expect(sim.state.ratingsReceived().length).toBe(processedFirstTime ? 25 : 0);

    // The next sync run (or the rest of this one, for an unreadable answer) sends them again
    // under the same ids: the server reports duplicates and counts nothing twice.
    const reports = [first];
    while (outbox.count() > 0 && reports.length < 5) reports.push(await uploadRatings(db, client, { batchSize: 100 }));
    expect(outbox.count()).toBe(0);
    const accepted = reports.reduce((n, r) => n + r.accepted, 0);
    const duplicates = reports.reduce((n, r) => n + r.duplicates, 0);
    expect(accepted).toBe(processedFirstTime ? 0 : 25);
    expect(duplicates).toBe(processedFirstTime ? 25 : 0);
    expectCountedOnce(sim, ratings);
    const sentIds = sim.requests().filter((r) => r.route === 'ratings');
    expect(sentIds.length).toBeGreaterThanOrEqual(2);
  });

  it('a batch the server refuses is split so the other ratings still go', async () => {
    const { sim, db, outbox, ratings, client } = await setUp(6);
    // A rating the server refuses (its reason is too long for the protocol): only possible
    // with a damaged outbox row, but it must not hold the others back.
    const poison = randomUUID();
    db.prepare("INSERT INTO ratings_outbox (id, dossier_code, rating, reasons_json, rated_at) VALUES (?, NULL, 'satisfied', ?, ?)").run(
      poison,
      JSON.stringify(['x'.repeat(300)]),
      RATED_AT.getTime() - 1000,
    );
    const report = await uploadRatings(db, client);
    expect(report).toMatchObject({ accepted: 6, remaining: 1, failure: 'bad-response' });
    expectCountedOnce(sim, ratings);
    expect(outbox.peek(10).map((r) => r.wire.id)).toEqual([poison]);
  });

  it('a rating changed while its upload was on the way is sent again, and counted once', async () => {
    const { sim, db, outbox, ratings, client } = await setUp(1);
    const [first] = ratings as [NewRating];
    const racing: Pick<DistrictServer, 'postRatings'> = {
      postRatings: async (batch) => {
        const reply = await client.postRatings(batch);
        outbox.save({ ...first, rating: 'not-satisfied', reasons: ['late'] }, new Date());
        return reply;
      },
    };
    expect(await uploadRatings(db, racing as DistrictServer)).toMatchObject({ accepted: 1, remaining: 1 });
    expect(await uploadRatings(db, client)).toMatchObject({ accepted: 0, duplicates: 1, remaining: 0 });
    expect(sim.state.ratingsReceived()).toHaveLength(1);
  });
});

describe('ratings outbox', () => {
  const tempDir = useTempDir();

  it('changes a rating saved again under its id instead of adding one, keeping the first tap’s time', () => {
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const outbox = new RatingOutbox(db);
    const id = randomUUID();
    outbox.save({ id, dossierCode: '000.00.12.H53-261120-0009', rating: 'not-satisfied', reasons: [] }, RATED_AT);
    outbox.save({ id, dossierCode: '000.00.12.H53-261120-0009', rating: 'not-satisfied', reasons: ['late', 'long-wait'] }, new Date('2026-11-20T03:16:00Z'));
    outbox.save({ id, dossierCode: '000.00.12.H53-261120-0009', rating: 'not-satisfied', reasons: ['late', 'long-wait'] }, new Date('2026-11-20T03:17:00Z'));
    expect(outbox.count()).toBe(1);
    const [queued] = outbox.peek(10);
    expect(queued).toEqual({
      revision: 2,
      wire: { id, dossierCode: '000.00.12.H53-261120-0009', rating: 'not-satisfied', reasons: ['late', 'long-wait'], at: RATED_AT.toISOString() },
    });
    db.close();
  });
});
