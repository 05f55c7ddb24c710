// One way to change a setting: whoever changes it (technician, shell, district), the change is
// validated, audited under its origin and pushed to the UI (settingsChanged), which re-reads the
// kiosk info and shows it without a restart.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DISTRICT_SETTABLE_KEYS, maySet } from '../../../../shared/contract/setting-origins.ts';
import { settingsSchema } from '../../../../shared/contract/settings.ts';
import type { SettingKey } from '../../../../shared/contract/settings.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SecretStore } from '../../../../electron/settings/secret-store.ts';
import { startDistrictSim, type DistrictSim } from '../../../district-sim/index.ts';
import { runKioskCli } from '../../../support/run-kiosk-cli.ts';
import { connectToDistrict, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { openTestHost } from '../technician/technician-harness.ts';

describe('a setting change, from any origin', { timeout: 120_000 }, () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  function kioskOf(simUrl: string): string {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'kiosk.db'));
    connectToDistrict(db, simUrl, 'kiosk-settings');
    new SecretStore(db).set('districtToken', TOKEN);
    db.close();
    return dir;
  }

  it('from the district: the site name, idle timeout and language reach the screen at the next heartbeat, audited as the district’s', async () => {
    sim = await startDistrictSim({ dossiers: 3, token: TOKEN, seed: 6 });
    const t = await openTestHost(kioskOf(sim.url));
    const before = await t.call('getKioskInfo', {});
    expect(before).toMatchObject({ siteName: 'Trung tâm Phục vụ hành chính công', idleTimeoutSec: 90, defaultLanguage: 'vi' });
    sim.setKioskConfig({ siteName: 'Bộ phận Một cửa xã Sông Mây', idleTimeoutSec: 120, defaultLanguage: 'en', kioskId: 'stolen' });

    const session = await t.unlock();
    expect(await t.call('technicianSyncNow', { session })).toMatchObject({ started: true });
    await expect.poll(() => sim!.state.heartbeats().length, { timeout: 60_000 }).toBeGreaterThan(0);
    await expect.poll(() => t.events.filter((e) => e.type === 'settingsChanged').flatMap((e) => (e.payload as { keys: string[] }).keys).sort()).toEqual([
      'defaultLanguage',
      'idleTimeoutSec',
      'siteName',
    ]);
    // What the UI reads when told settingsChanged (TechnicianGate re-reads the kiosk info).
    expect(await t.call('getKioskInfo', {})).toMatchObject({ siteName: 'Bộ phận Một cửa xã Sông Mây', idleTimeoutSec: 120, defaultLanguage: 'en' });
    const audit = await t.call('technicianAuditLog', { session });
    expect(audit.entries.filter((e) => e.actor === 'district').map((e) => `${e.action} ${(JSON.parse(e.detail ?? '{}') as { key: string }).key}`).sort()).toEqual([
      'setting-changed defaultLanguage',
      'setting-changed idleTimeoutSec',
      'setting-changed siteName',
      'setting-refused kioskId',
    ]);
    await t.close();
  });

  it('from the technician: the same validation and push; a refused value keeps the old one', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    expect(await t.call('technicianSetSetting', { session, key: 'siteName', value: 'UBND phường Một' })).toMatchObject({ result: 'saved' });
    expect(await t.call('technicianSetSetting', { session, key: 'idleTimeoutSec', value: 5 })).toMatchObject({ result: 'invalid', key: 'idleTimeoutSec' });
    expect(t.events.filter((e) => e.type === 'settingsChanged').map((e) => e.payload)).toEqual([{ keys: ['siteName'] }]);
    expect(await t.call('getKioskInfo', {})).toMatchObject({ siteName: 'UBND phường Một', idleTimeoutSec: 90 });
    await t.close();
  });

  it('from the shell: the same validation and audit, under its own name', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kiosk.db');
    expect(runKioskCli(['config', 'set', 'idleTimeoutSec', '5', '--db', db]).status).toBe(1);
    expect(runKioskCli(['config', 'set', 'siteName', 'UBND xã Hai', '--db', db]).status).toBe(0);
    const t = await openTestHost(dir);
    const session = await t.unlock();
    const audit = await t.call('technicianAuditLog', { session });
    expect(audit.entries.filter((e) => e.actor === 'cli' && e.action.startsWith('setting-')).map((e) => `${e.action} ${(JSON.parse(e.detail ?? '{}') as { key: string }).key}`)).toEqual([
      'setting-changed siteName',
      'setting-refused idleTimeoutSec',
    ]);
    await t.close();
  });

  it('lets the district set only the keys declared for it, every one a real setting', () => {
    for (const key of DISTRICT_SETTABLE_KEYS) expect(Object.keys(settingsSchema)).toContain(key);
    expect(maySet('district', 'siteName')).toBe(true);
    expect(maySet('district', 'districtServerUrl')).toBe(false);
    expect(maySet('district', 'receiptPrinter')).toBe(false);
    expect(maySet('technician', 'districtServerUrl')).toBe(true);
    expect(maySet('cli', 'receiptPrinter')).toBe(true);
  });

  it('lets the district set every site setting: what each answer tells the citizen about the site, its name, agencies, fields and level', async () => {
    const t = await openTestHost(tempDir());
    const site = Object.keys((await t.call('getKioskInfo', {})).site ?? {});
    await t.close();
    expect(site.length).toBeGreaterThan(0);
    for (const key of [...site, 'siteName', 'siteLevel', 'siteAgencyCodes', 'unitFields']) expect(maySet('district', key as SettingKey), key).toBe(true);
  });
});
