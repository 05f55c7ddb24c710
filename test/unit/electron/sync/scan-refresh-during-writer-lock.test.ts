import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from 'better-sqlite3';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { clientFor, connectToDistrict, openCache, syncOnce, syncServiceFor, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

/**
 * A scan asks the server for its dossier in the background (freshness at the scan). During a
 * full resync the sync writer holds the database's write lock page after page; a check that
 * finds the cache as new as the server must not need that lock. It wrote anyway, failed as
 * "database busy", and freshness checks then stopped for 30 s (QUIET_AFTER_FAILURE_MS). A newer
 * record failed the same way and was shown unconfirmed; it is now held, shown and stored after.
 */
describe("a scan's freshness check while another connection holds the write lock", () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  let writer: Database | undefined;
  afterEach(async () => {
    writer?.close();
    writer = undefined;
    await sim?.close();
    sim = undefined;
  });

  it('confirms an unchanged dossier without waiting for the lock', async () => {
    sim = await startDistrictSim({ dossiers: 50, token: TOKEN, seed: 5 });
    const cache = openCache(tempDir());
    connectToDistrict(cache.db, sim.url, 'kiosk-test-01');
    await syncOnce(cache, clientFor(sim));
    cache.db.close();
    const host = await createKioskHost({ dbPath: cache.file, backgroundSync: false, lookupThrottle: false });
    try {
      const wanted = sim.state.allDossiers()[7]!;
      const pushed = new Promise<unknown>((resolve) => host.subscribe((event) => event.type === 'dossierFreshness' && resolve(event.payload)));

      // The sync writer's page transaction, held for the whole check.
      writer = openDatabase(path.join(cache.file));
      writer.exec('BEGIN IMMEDIATE');
      const answer = await host.call('lookupDossier', { raw: wanted.code, source: 'wedge' });
      expect(answer).toMatchObject({ ok: true, result: { kind: 'found', freshness: { state: 'checking' } } });

      expect(await pushed).toMatchObject({ dossier: { code: wanted.code }, freshness: { state: 'confirmed' } });
      writer.exec('ROLLBACK');
    } finally {
      await host.close();
    }
  });

  it('a live lookup of a code the cache lacks answers without waiting for the lock, and stores it after', async () => {
    sim = await startDistrictSim({ dossiers: 30, token: TOKEN, seed: 8 });
    const cache = openCache(tempDir());
    connectToDistrict(cache.db, sim.url, 'kiosk-test-01');
    await syncOnce(cache, clientFor(sim));
    const code = sim.state.allDossiers()[3]!.code;
    cache.db.prepare('DELETE FROM dossiers WHERE code = ?').run(code);
    const service = syncServiceFor(cache.db, cache.file);
    try {
      writer = openDatabase(cache.file);
      writer.exec('BEGIN IMMEDIATE');
      expect(await service.liveLookup(code)).toBe(true);
      expect(service.freshRecords.find(code)?.status).toBe(sim.state.dossier(code)!.status);
      expect(cache.store.findByCode(code)).toBeUndefined();
      writer.exec('COMMIT');
      service.freshRecords.retry();
      expect(cache.store.findByCode(code)?.status).toBe(sim.state.dossier(code)!.status);
    } finally {
      await service.close();
      cache.db.close();
    }
  });

  it('shows a newer record at once and stores it once the lock is free', async () => {
    sim = await startDistrictSim({ dossiers: 50, token: TOKEN, seed: 6 });
    const cache = openCache(tempDir());
    connectToDistrict(cache.db, sim.url, 'kiosk-test-01');
    await syncOnce(cache, clientFor(sim));
    const [code] = sim.advance(1);
    const newer = sim.state.dossier(code!)!;
    const cachedVersion = () => cache.db.prepare('SELECT version FROM dossiers WHERE code = ?').pluck().get(code) as number;
    expect(cachedVersion()).toBe(newer.version - 1);
    const host = await createKioskHost({ dbPath: cache.file, backgroundSync: false, lookupThrottle: false });
    try {
      const pushed = new Promise<unknown>((resolve) => host.subscribe((event) => event.type === 'dossierFreshness' && resolve(event.payload)));
      writer = openDatabase(cache.file);
      writer.exec('BEGIN IMMEDIATE');
      await host.call('lookupDossier', { raw: code!, source: 'wedge' });

      // The server's answer reaches the screen while the page still holds the lock.
      expect(await pushed).toMatchObject({ dossier: { code, status: newer.status }, freshness: { state: 'confirmed' } });
      expect(cachedVersion()).toBe(newer.version - 1);
      // A second scan meanwhile answers with it too, from memory.
      expect(await host.call('lookupDossier', { raw: code!, source: 'wedge' })).toMatchObject({ ok: true, result: { kind: 'found', dossier: { status: newer.status } } });

      writer.exec('COMMIT');
      await vi.waitFor(() => expect(cachedVersion()).toBe(newer.version), { timeout: 5_000 });
    } finally {
      await host.close();
      cache.db.close();
    }
  });
});
