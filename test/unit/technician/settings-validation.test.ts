import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../shared/contract/index.ts';
import { runKioskCli } from '../../support/run-kiosk-cli.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { makeTlsFixtures } from './network-fixtures.ts';
import { openTestHost } from './technician-harness.ts';

const tempDirForCa = useTempDir('kiosk-ca-');

/** For each setting: values it must take, and values it must refuse. */
function table(caPem: string): Record<string, { good: unknown[]; bad: unknown[] }> {
  return {
    siteName: { good: ['Bộ phận Một cửa UBND xã Sông Mây'], bad: ['', '   ', 'x'.repeat(201), 5] },
    idleTimeoutSec: { good: [45, 60, 3600], bad: [9, 44, 3601, 12.5, '60', null] },
    defaultLanguage: { good: ['en', 'vi'], bad: ['fr', ''] },
    siteAgencyCodes: { good: [['000.00.12.H53', '000.12.12.H53'], []], bad: [['12.H53'], '000.00.12.H53'] },
    districtServerUrl: {
      good: ['https://dongbo.example.gov.vn', 'http://127.0.0.1:8080/kiosk', null],
      bad: ['ftp://example.gov.vn', 'not a url', 'dongbo.example.gov.vn', 'http://10.0.0.5:8080/kiosk'],
    },
    districtCaPem: { good: [caPem, null], bad: ['hello', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----'] },
    syncIntervalSec: { good: [60, 86_400], bad: [29, 86_401, -5] },
    kioskId: { good: ['kiosk-07', 'ubnd.song-may_01'], bad: ['kiosk 07', 'x'.repeat(65), ''] },
    receiptExtraPattern: { good: ['(?<code>HS-\\d{4}-(?<seq>\\d{6}))', null], bad: ['(unclosed', '', 'HS-\\d+'] },
    scannerPrefix: { good: [']C0', null], bad: ['x'.repeat(21)] },
    scannerSuffix: { good: ['\r\n', null], bad: ['y'.repeat(21)] },
    largeText: { good: [true, false], bad: ['yes', 1] },
    highContrast: { good: [true, false], bad: ['no', 0] },
    orientation: { good: ['portrait', 'landscape', 'auto'], bad: ['upside-down'] },
  };
}

describe('every setting through technician mode', () => {
  const tempDir = useTempDir();
  const caPem = makeTlsFixtures(tempDirForCa()).caPem;
  const cases = table(caPem);

  it('takes good values and refuses bad ones with a message naming the setting, keeping the old value', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    const current = async (key: string) => {
      const settings = await t.call('technicianGetSettings', { session });
      return key === 'districtCaPem' ? settings.ca : settings.values[key];
    };
    for (const [key, { good, bad }] of Object.entries(cases)) {
      for (const value of good) {
        const saved = await t.call('technicianSetSetting', { session, key, value });
        expect(saved, `${key} = ${JSON.stringify(value)}`).toMatchObject({ result: 'saved', key });
      }
      const kept = await current(key);
      for (const value of bad) {
        const refused = await t.call('technicianSetSetting', { session, key, value });
        expect(refused.result, `${key} = ${JSON.stringify(value)}`).toBe('invalid');
        if (refused.result === 'invalid') expect(refused.message).toContain(`"${key}"`);
        expect(await current(key), `${key} kept after ${JSON.stringify(value)}`).toEqual(kept);
      }
    }
    await t.close();
  });

  it('covers every setting of the schema, and refuses a value of the wrong kind for each (scanner settings included)', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    const before = (await t.call('technicianGetSettings', { session })).values;
    for (const key of Object.keys(settingsSchema)) {
      const refused = await t.call('technicianSetSetting', { session, key, value: { not: 'a setting value' } });
      expect(refused, key).toMatchObject({ result: 'invalid', key });
      if (refused.result === 'invalid') expect(refused.message, key).toContain(`"${key}"`);
    }
    expect((await t.call('technicianGetSettings', { session })).values).toEqual(before);
    expect(await t.call('technicianSetSetting', { session, key: 'bogusSetting', value: 1 })).toEqual({ result: 'unknown-key', key: 'bogusSetting' });
    await t.close();
  });

  it('applies without a restart: the kiosk info has the new idle timeout and language, and the UI is told', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    await t.call('technicianSetSetting', { session, key: 'idleTimeoutSec', value: 60 });
    await t.call('technicianSetSetting', { session, key: 'defaultLanguage', value: 'en' });
    expect(await t.call('getKioskInfo', {})).toMatchObject({ idleTimeoutSec: 60, defaultLanguage: 'en' });
    expect(t.events.filter((e) => e.type === 'settingsChanged').map((e) => e.payload)).toEqual([{ keys: ['idleTimeoutSec'] }, { keys: ['defaultLanguage'] }]);
    await t.close();
  });

  it('keeps the token secret: only whether it is set, never its value, reaches the UI or the audit log', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    expect(await t.call('technicianSetToken', { session, token: 'district-token-SECRET-42' })).toEqual({ set: true, sealed: false });
    const settings = await t.call('technicianGetSettings', { session });
    expect(settings.token).toEqual({ set: true, sealed: false, keystoreAvailable: false, unreadable: false });
    expect(JSON.stringify(settings)).not.toContain('SECRET-42');
    const audit = await t.call('technicianAuditLog', { session });
    expect(audit.entries[0]).toMatchObject({ action: 'token-changed', detail: '{"set":true}' });
    expect(JSON.stringify(audit)).not.toContain('SECRET-42');
    expect((await t.raw('technicianSetToken', { session, token: 'short' })).ok).toBe(false);
    await t.close();
  });

  it('audits each change with the old and new value, and each refusal', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    await t.call('technicianSetSetting', { session, key: 'idleTimeoutSec', value: 120 });
    await t.call('technicianSetSetting', { session, key: 'idleTimeoutSec', value: 5 });
    const { entries } = await t.call('technicianAuditLog', { session });
    expect(entries.slice(0, 2).map((e) => [e.action, e.detail])).toEqual([
      ['setting-refused', '{"key":"idleTimeoutSec"}'],
      ['setting-changed', '{"key":"idleTimeoutSec","from":90,"to":120}'],
    ]);
    await t.close();
  });
});

describe('every setting through `kiosk config`', { timeout: 90_000 }, () => {
  const tempDir = useTempDir();

  it('sets and gets values, refuses bad ones naming the setting (exit 1), and keeps the old value', async () => {
    const dir = tempDir();
    const db = `${dir}/kiosk.db`;
    expect(runKioskCli(['config', 'set', 'idleTimeoutSec', '120', '--db', db]).status).toBe(0);
    expect(runKioskCli(['config', 'set', 'siteName', 'UBND xã Sông Mây', '--db', db]).status).toBe(0);
    expect(runKioskCli(['config', 'set', 'siteAgencyCodes', '["000.00.12.H53"]', '--db', db]).status).toBe(0);
    expect(runKioskCli(['config', 'set', 'largeText', 'true', '--db', db]).status).toBe(0);
    expect(runKioskCli(['config', 'set', 'districtServerUrl', 'null', '--db', db]).status).toBe(0);

    const bad = runKioskCli(['config', 'set', 'idleTimeoutSec', '5', '--db', db]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('"idleTimeoutSec"');
    expect(runKioskCli(['config', 'get', 'idleTimeoutSec', '--db', db]).stdout.trim()).toBe('120');
    expect(runKioskCli(['config', 'get', 'siteName', '--db', db]).stdout.trim()).toBe('"UBND xã Sông Mây"');

    const all = runKioskCli(['config', 'get', '--db', db, '--json']);
    expect(all.status).toBe(0);
    expect(JSON.parse(all.stdout)).toMatchObject({ idleTimeoutSec: 120, largeText: true, siteAgencyCodes: ['000.00.12.H53'], districtToken: { set: false } });
    expect(runKioskCli(['config', 'get', 'noSuchSetting', '--db', db]).status).toBe(2);
  });

  it('stores the token without ever printing it, and pins a CA from a file', async () => {
    const dir = tempDir();
    const db = `${dir}/kiosk.db`;
    const set = runKioskCli(['config', 'set', 'districtToken', 'cli-token-SECRET-9', '--db', db]);
    expect(set.status).toBe(0);
    expect(set.stdout + set.stderr).not.toContain('SECRET-9');
    const got = runKioskCli(['config', 'get', 'districtToken', '--db', db]);
    expect(got.stdout).not.toContain('SECRET-9');
    expect(got.stdout).toContain('set');

    const ca = makeTlsFixtures(tempDir());
    const caFile = `${dir}/ca.pem`;
    (await import('node:fs')).writeFileSync(caFile, ca.caPem);
    expect(runKioskCli(['config', 'set', 'districtCaPem', '--file', caFile, '--db', db]).status).toBe(0);
    expect(runKioskCli(['config', 'get', 'districtCaPem', '--db', db]).stdout).toContain('Test District CA');
  });
});
