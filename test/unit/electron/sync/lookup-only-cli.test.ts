// `kiosk sync` (the real command, a real SQLite file) against a lookup-only server: the district
// simulator answering only the portal's TraCuuHoSo. Without --format it speaks the kiosk's
// districtProtocol setting.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { runKioskCliAsync } from '../../../support/run-kiosk-cli.ts';

const TOKEN = 'lookup-only-cli-token';

describe('kiosk sync against a lookup-only server', () => {
  let sim: DistrictSim;
  let dir: string;
  beforeAll(async () => {
    sim = await startDistrictSim({ dossiers: 20, token: TOKEN, format: 'national', lookupOnly: true });
    dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'kiosk-lookup-only-cli-'));
  });
  afterAll(async () => {
    await sim.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('--format national: succeeds with nothing to sync and says the server is lookup-only', async () => {
    const db = path.join(dir, 'a.db');
    const json = await runKioskCliAsync(['sync', '--server', sim.url, '--token', TOKEN, '--db', db, '--format', 'national', '--json']);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, lookupOnly: true, applied: 0, procedures: 'unchanged' });
    const text = await runKioskCliAsync(['sync', '--server', sim.url, '--token', TOKEN, '--db', db, '--format', 'national']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('lookup-only server');
  }, 60_000);

  it('without --format: the districtProtocol setting chooses (kiosk fails on this server, national succeeds)', async () => {
    const db = path.join(dir, 'b.db');
    const asKiosk = await runKioskCliAsync(['sync', '--server', sim.url, '--token', TOKEN, '--db', db, '--json']);
    expect(asKiosk.status).toBe(1);
    expect(JSON.parse(asKiosk.stdout)).toMatchObject({ ok: false, kind: 'bad-response' });
    const file = openDatabase(db);
    new SettingsStore(file).set('districtProtocol', 'national');
    file.close();
    const asNational = await runKioskCliAsync(['sync', '--server', sim.url, '--token', TOKEN, '--db', db, '--json']);
    expect(asNational.status, asNational.stderr).toBe(0);
    expect(JSON.parse(asNational.stdout)).toMatchObject({ ok: true, lookupOnly: true });
  }, 60_000);
});
