import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { RatingOutbox } from '../../../../electron/ratings/rating-outbox.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { connectToDistrict, syncServiceFor, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const CODE = '000.00.12.H53-261120-0009';

describe('ratings from the UI to the district server', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('saveRating keeps a valid rating once per id and refuses what the contract does not allow', async () => {
    const file = path.join(tempDir(), 'kiosk.db');
    const host = await createKioskHost({ dbPath: file, demoWhenEmpty: true, backgroundSync: false });
    const id = randomUUID();
    expect(await host.call('saveRating', { id, dossierCode: CODE, rating: 'not-satisfied' })).toEqual({ ok: true, result: { saved: true } });
    expect(await host.call('saveRating', { id, dossierCode: CODE, rating: 'not-satisfied', reasons: ['late'] })).toEqual({ ok: true, result: { saved: true } });
    const refused = [
      { id: 'not-a-uuid', dossierCode: CODE, rating: 'satisfied' },
      { id: randomUUID(), dossierCode: CODE, rating: 'delighted' },
      { id: randomUUID(), dossierCode: CODE, rating: 'satisfied', reasons: ['late'] }, // a complaint with praise
      { id: randomUUID(), dossierCode: CODE, rating: 'not-satisfied', reasons: ['late', 'late'] },
      { id: randomUUID(), dossierCode: CODE, rating: 'satisfied', comment: 'Nguyễn Văn An, 0912345678' }, // no free text
      { id: randomUUID(), dossierCode: 'x'.repeat(65), rating: 'satisfied' },
    ];
    for (const input of refused) expect(await host.call('saveRating', input), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await host.close();

    const db = openDatabase(file);
    expect(new RatingOutbox(db).peek(10).map((r) => r.wire)).toEqual([
      { id, dossierCode: CODE, rating: 'not-satisfied', reasons: ['late'], at: expect.any(String) },
    ]);
    db.close();
  });

  function serviceWithOutbox(url: string) {
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    connectToDistrict(db, url, 'kiosk-ratings-01');
    return { db, service: syncServiceFor(db, file, { version: '1.0.0' }), outbox: new RatingOutbox(db) };
  }

  it('every sync uploads the outbox after the heartbeat; a failed upload never fails the sync', async () => {
    sim = await startDistrictSim({ dossiers: 20, token: TOKEN, seed: 11 });
    const { db, service, outbox } = serviceWithOutbox(sim.url);
    const ids = [randomUUID(), randomUUID()];
    outbox.save({ id: ids[0]!, dossierCode: CODE, rating: 'very-satisfied', reasons: ['helpful-staff'] }, new Date());

    sim.faults.inject({ kind: 'http-500', route: 'ratings', count: 1 });
    await expect(service.syncNow()).resolves.toMatchObject({ applied: 20 });
    expect(outbox.count()).toBe(1);
    expect(sim.state.ratingsReceived()).toEqual([]);

    outbox.save({ id: ids[1]!, dossierCode: null, rating: 'satisfied', reasons: [] }, new Date());
    sim.clearRequests();
    await service.syncNow();
    expect(outbox.count()).toBe(0);
    expect(sim.state.ratingsReceived().map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(sim.state.ratingsReceived().every((r) => r.kioskId === 'kiosk-ratings-01')).toBe(true);
    expect(sim.requests().map((r) => r.route)).toEqual(expect.arrayContaining(['heartbeat', 'ratings']));
    const order = sim.requests().map((r) => r.route);
    expect(order.indexOf('ratings')).toBeGreaterThan(order.indexOf('heartbeat'));

    // A connection cut after the server counted the rating: the next sync resends, counted once.
    const third = randomUUID();
    outbox.save({ id: third, dossierCode: CODE, rating: 'not-satisfied', reasons: ['long-wait'] }, new Date());
    sim.faults.inject({ kind: 'connection-reset', route: 'ratings', afterBytes: 3 });
    await service.syncNow();
    expect(outbox.count()).toBe(1);
    await service.syncNow();
    expect(outbox.count()).toBe(0);
    expect(sim.state.ratingsReceived().filter((r) => r.id === third)).toHaveLength(1);
    expect(sim.state.ratingsReceived()).toHaveLength(3);
    await service.close();
    db.close();
  });
});
