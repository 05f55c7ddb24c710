// One version: the host's kiosk info and the heartbeat read package.json's version (the one the
// updater compares), or the version Electron hands the host; nothing hard-codes its own.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appVersion } from '../../../electron/app-version.ts';
import { openDatabase } from '../../../electron/db/open-database.ts';
import { SecretStore } from '../../../electron/settings/secret-store.ts';
import { startDistrictSim, type DistrictSim } from '../../district-sim/index.ts';
import { connectToDistrict, TOKEN } from '../../support/sync-harness.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { openTestHost } from './technician/technician-harness.ts';

const packageVersion = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string }).version;

describe("the kiosk's version", { timeout: 90_000 }, () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it("is package.json's when nobody hands the host one", async () => {
    expect(appVersion()).toBe(packageVersion);
    const t = await openTestHost(tempDir());
    expect(await t.call('getKioskInfo', {})).toMatchObject({ version: packageVersion });
    await t.close();
  });

  it('reaches the kiosk info and the district heartbeat as handed to the host', async () => {
    sim = await startDistrictSim({ dossiers: 3, token: TOKEN, seed: 4 });
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'kiosk.db'));
    connectToDistrict(db, sim.url, 'kiosk-version');
    new SecretStore(db).set('districtToken', TOKEN);
    db.close();
    const t = await openTestHost(dir, { version: '7.8.9' });
    expect(await t.call('getKioskInfo', {})).toMatchObject({ version: '7.8.9' });
    const session = await t.unlock();
    expect(await t.call('technicianSyncNow', { session })).toMatchObject({ started: true });
    await expect.poll(() => sim!.state.heartbeats().length, { timeout: 60_000 }).toBeGreaterThan(0);
    expect(sim.state.heartbeats()[0]).toMatchObject({ version: '7.8.9' });
    await t.close();
  });
});
