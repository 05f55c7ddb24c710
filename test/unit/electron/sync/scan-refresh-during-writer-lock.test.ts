import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { clientFor, connectToDistrict, openCache, syncOnce, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

/**
 * A scan asks the server for its dossier in the background (freshness at the scan). During a
 * full resync the sync writer holds the database's write lock page after page; a check that
 * finds the cache as new as the server must not need that lock. It wrote anyway, failed as
 * "database busy", and freshness checks then stopped for 30 s (QUIET_AFTER_FAILURE_MS).
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
});
