import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SettingError, SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { sendHeartbeat } from '../../../../electron/sync/heartbeat.ts';
import { settingChangesFor } from '../../../support/setting-changes.ts';
import { clientFor, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { openTestHost } from '../technician/technician-harness.ts';

// Patterns that backtrack catastrophically in a RegExp: 0.25 s at 24 digits for the first,
// doubling with each digit; on 4,000 digits a lookup never ended (the test's timeout).
const BACKTRACKING = ['(?<code>(?:\\d|\\d)+)X', '(?<code>\\d+\\d+\\d+Z)'];

describe('the site receipt pattern (receiptExtraPattern) on the host', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it.each(BACKTRACKING)('looks up a long near miss of %s at once, and still reads what the pattern matches', async (pattern) => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    expect(await t.call('technicianSetSetting', { session, key: 'receiptExtraPattern', value: pattern })).toMatchObject({ result: 'saved' });
    expect(await t.call('lookupDossier', { raw: '1'.repeat(4000), source: 'keypad' })).toEqual({ kind: 'unreadable', reason: 'no-code' });
    const code = pattern.includes('X') ? '12345X' : '12345Z';
    expect(await t.call('lookupDossier', { raw: `phieu ${code}`, source: 'keypad' })).toMatchObject({ kind: 'not-found', code: code.startsWith('12345Z') ? '12345Z' : '12345' });
    await t.close();
  });

  it('refuses a pattern the linear-time engine cannot run, naming the setting, and keeps the old one', () => {
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const settings = new SettingsStore(db);
    settings.set('receiptExtraPattern', '(?<code>HS-\\d+)');
    for (const pattern of ['(?<code>\\d+)(?=X)', '(?<code>(\\d)\\1)', '(?<code>(?<=A)\\d+)']) {
      expect(() => settings.set('receiptExtraPattern', pattern)).toThrow(SettingError);
      expect(() => settings.set('receiptExtraPattern', pattern)).toThrow(/"receiptExtraPattern".*linear time/);
    }
    expect(settings.get('receiptExtraPattern')).toBe('(?<code>HS-\\d+)');
    db.close();
  });

  it('refuses such a pattern from the district heartbeat, naming the setting, and keeps the old one', async () => {
    sim = await startDistrictSim({ dossiers: 3, token: TOKEN, seed: 5 });
    sim.setKioskConfig({ receiptExtraPattern: '(?<code>\\d+)(?=X)' });
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const settings = new SettingsStore(db);
    settings.set('receiptExtraPattern', '(?<code>HS-\\d+)');
    const report = { kioskId: 'kiosk-pattern', version: '1', lastSyncAt: null, scanner: {}, disk: { freeBytes: 1_000_000 }, quarantined: 0 };
    const refused = await sendHeartbeat(clientFor(sim), report, settingChangesFor(db), new Date());
    expect(refused.rejected).toEqual([{ key: 'receiptExtraPattern', message: expect.stringContaining('"receiptExtraPattern"') }]);
    expect(settings.get('receiptExtraPattern')).toBe('(?<code>HS-\\d+)');

    sim.setKioskConfig({ receiptExtraPattern: BACKTRACKING[1] });
    expect((await sendHeartbeat(clientFor(sim), report, settingChangesFor(db), new Date())).applied).toEqual(['receiptExtraPattern']);
    expect(settings.get('receiptExtraPattern')).toBe(BACKTRACKING[1]);
    db.close();
  });
});
