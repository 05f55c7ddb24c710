// Every setting, from each origin that may set it (technician mode, `kiosk config`, the district's
// heartbeat): good values taken, bad ones refused naming the setting, the old value kept, the
// change applied at once and audited. The shell's command runs in this process (its own
// connection to the file) except once, where the real `kiosk` process proves its exit status.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configCommand } from '../../../../electron/cli/commands/config-command.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { sendHeartbeat } from '../../../../electron/sync/heartbeat.ts';
import { isLookupUrlTemplate, lookupUrlFor, settingsSchema } from '../../../../shared/contract/index.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { runKioskCli } from '../../../support/run-kiosk-cli.ts';
import { settingChangesFor } from '../../../support/setting-changes.ts';
import { clientFor, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { fakeIo } from '../cli/fake-io.ts';
import { makeTlsFixtures } from '../technician/network-fixtures.ts';
import { openTestHost } from '../technician/technician-harness.ts';
import type { TestHost } from '../technician/technician-harness.ts';

/** For each setting: values it must take (the first is kept for the checks after), and values it must refuse. */
function table(caPem: string): Record<string, { good: unknown[]; bad: unknown[] }> {
  return {
    siteName: { good: ['Bộ phận Một cửa UBND xã Sông Mây'], bad: ['', '   ', 'x'.repeat(201), 5] },
    idleTimeoutSec: { good: [45, 60, 3600], bad: [9, 44, 3601, 12.5, '60', null] },
    defaultLanguage: { good: ['en', 'vi'], bad: ['fr', ''] },
    siteAgencyCodes: { good: [['000.00.12.H53', '000.12.12.H53'], []], bad: [['12.H53'], '000.00.12.H53'] },
    siteLevel: { good: ['province', 'commune'], bad: ['district', '', null] },
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
    // What every answer tells the citizen about the site.
    openingHours: { good: ['Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–17:00', null], bad: ['', '  ', 'x'.repeat(301), 7] },
    receptionCounter: { good: ['Quầy số 1 – tiếp nhận hồ sơ', null], bad: ['', 'x'.repeat(201)] },
    paymentCounter: { good: ['Quầy số 4 – thu phí, lệ phí', null], bad: ['', 'x'.repeat(201)] },
    resultsCounter: { good: ['Quầy số 5 – trả kết quả', null], bad: [' ', 'x'.repeat(201)] },
    hotline: { good: ['1900 1234', '0236.3822.111', '+84 236 3822 111', null], bad: ['gọi 1900', '12', '1900 1234 ext 5', 'x'.repeat(30)] },
    complaintText: { good: ['Hòm thư góp ý ở sảnh tầng 1', null], bad: ['', 'x'.repeat(501)] },
    complaintUrl: { good: ['https://dichvucong.gov.vn/p/phananhkiennghi', null], bad: ['http://pakn.example.gov.vn', 'not a url', ''] },
    publicLookupUrl: {
      good: ['https://dichvucong.example.gov.vn/tra-cuu?ma={code}', 'https://portal.example.vn/ho-so/{code}', null],
      bad: ['https://dichvucong.example.gov.vn/tra-cuu', 'http://dichvucong.example.gov.vn/?ma={code}', 'https://x/{code}/{code}', '{code}', 'https://user:pw@x.vn/{code}'],
    },
    receiptPrinter: {
      good: ['tcp://10.0.0.9:9100', 'tcp://printer.local', '/dev/usb/lp0', 'serial:/dev/ttyUSB0?baud=19200', 'usb:0416:5011', 'COM3', null],
      bad: ['', 'x'.repeat(201), 'lp0', 'printer-in-the-corner', 'tcp://10.0.0.9:99999', 'usb:416:5011', 'serial:/dev/ttyS0?baud=12'],
    },
    receiptPrinterPaperDots: { good: [576, 384], bad: [512, '576', null] },
    receiptPrinterCut: { good: [true, false], bad: ['yes', null] },
  };
}

const tempDir = useTempDir();
let caPem = '';
beforeAll(() => {
  caPem = makeTlsFixtures(tempDir()).caPem;
});

describe('every setting through technician mode', () => {
  let t: TestHost;
  let session: string;
  beforeAll(async () => {
    t = await openTestHost(tempDir());
    session = await t.unlock();
  });
  afterAll(() => t.close());

  it('takes good values and refuses bad ones naming the setting, keeps the old value, applies without a restart, and tells the UI', async () => {
    // Absent by default: no printer, no hotline, no lookup QR.
    const fresh = await t.call('getKioskInfo', {});
    expect(fresh.receiptPrinter).toBe(false);
    expect(fresh.site).toEqual({
      openingHours: null,
      receptionCounter: null,
      paymentCounter: null,
      resultsCounter: null,
      hotline: null,
      complaintText: null,
      complaintUrl: null,
      publicLookupUrl: null,
    });

    const current = async (key: string) => {
      const settings = await t.call('technicianGetSettings', { session });
      return key === 'districtCaPem' ? settings.ca : settings.values[key];
    };
    const cases = table(caPem);
    for (const [key, { good, bad }] of Object.entries(cases)) {
      for (const value of good) {
        expect(await t.call('technicianSetSetting', { session, key, value }), `${key} = ${JSON.stringify(value)}`).toMatchObject({ result: 'saved', key });
      }
      await t.call('technicianSetSetting', { session, key, value: good[0] });
      const kept = await current(key);
      for (const value of bad) {
        const refused = await t.call('technicianSetSetting', { session, key, value });
        expect(refused.result, `${key} = ${JSON.stringify(value)}`).toBe('invalid');
        if (refused.result === 'invalid') expect(refused.message).toContain(`"${key}"`);
        expect(await current(key), `${key} kept after ${JSON.stringify(value)}`).toEqual(kept);
      }
    }

    expect(await t.call('getKioskInfo', {})).toMatchObject({
      siteName: cases.siteName!.good[0],
      idleTimeoutSec: 45,
      defaultLanguage: 'en',
      receiptPrinter: true,
      site: { hotline: '1900 1234', publicLookupUrl: cases.publicLookupUrl!.good[0], openingHours: cases.openingHours!.good[0] },
    });
    const told = new Set(t.events.flatMap((e) => (e.type === 'settingsChanged' ? e.payload.keys : [])));
    expect(Object.keys(cases).filter((key) => !told.has(key))).toEqual([]);
  });

  it('covers every setting of the schema, and refuses a value of the wrong kind for each (scanner settings included)', async () => {
    const before = (await t.call('technicianGetSettings', { session })).values;
    for (const key of Object.keys(settingsSchema)) {
      const refused = await t.call('technicianSetSetting', { session, key, value: { not: 'a setting value' } });
      expect(refused, key).toMatchObject({ result: 'invalid', key });
      if (refused.result === 'invalid') expect(refused.message, key).toContain(`"${key}"`);
    }
    expect((await t.call('technicianGetSettings', { session })).values).toEqual(before);
    expect(await t.call('technicianSetSetting', { session, key: 'bogusSetting', value: 1 })).toEqual({ result: 'unknown-key', key: 'bogusSetting' });
  });

  it('audits each change with the old and new value, and each refusal', async () => {
    const from = (await t.call('technicianGetSettings', { session })).values.idleTimeoutSec;
    await t.call('technicianSetSetting', { session, key: 'idleTimeoutSec', value: 120 });
    await t.call('technicianSetSetting', { session, key: 'idleTimeoutSec', value: 5 });
    const { entries } = await t.call('technicianAuditLog', { session });
    expect(entries.slice(0, 2).map((e) => [e.action, e.detail])).toEqual([
      ['setting-refused', '{"key":"idleTimeoutSec"}'],
      ['setting-changed', `{"key":"idleTimeoutSec","from":${JSON.stringify(from)},"to":120}`],
    ]);
  });

  it('keeps the token secret: only whether it is set, never its value, reaches the UI or the audit log', async () => {
    expect(await t.call('technicianSetToken', { session, token: 'district-token-SECRET-42' })).toEqual({ set: true, sealed: false });
    const settings = await t.call('technicianGetSettings', { session });
    expect(settings.token).toEqual({ set: true, sealed: false, keystoreAvailable: false, unreadable: false });
    expect(JSON.stringify(settings)).not.toContain('SECRET-42');
    const audit = await t.call('technicianAuditLog', { session });
    expect(audit.entries[0]).toMatchObject({ action: 'token-changed', detail: '{"set":true}' });
    expect(JSON.stringify(audit)).not.toContain('SECRET-42');
    expect((await t.raw('technicianSetToken', { session, token: 'short' })).ok).toBe(false);
  });
});

describe('every setting through `kiosk config`', () => {
  const config = async (...args: string[]) => {
    const io = fakeIo();
    const status = await configCommand(args, io);
    return { status, stdout: io.out(), stderr: io.err() };
  };

  it('sets typed values as a shell writes them, refuses bad ones naming the setting (exit 1), keeps the old value, and gets them', async () => {
    const db = path.join(tempDir(), 'kiosk.db');
    const set = (key: string, raw: string) => config('set', key, raw, '--db', db);
    expect((await set('idleTimeoutSec', '120')).status).toBe(0);
    expect((await set('siteName', 'UBND xã Sông Mây')).status).toBe(0);
    expect((await set('siteAgencyCodes', '["000.00.12.H53"]')).status).toBe(0);
    expect((await set('largeText', 'true')).status).toBe(0);
    expect((await set('districtServerUrl', 'null')).status).toBe(0);
    expect((await set('hotline', '1900 1234')).status).toBe(0);
    expect((await set('publicLookupUrl', 'https://portal.example.vn/ho-so/{code}')).status).toBe(0);

    for (const [key, raw] of [
      ['idleTimeoutSec', '5'],
      ['publicLookupUrl', 'https://portal.example.vn/ho-so'],
      ['hotline', 'gọi 1900'],
    ] as const) {
      const bad = await set(key, raw);
      expect(bad.status, `${key} = ${raw}`).toBe(1);
      expect(bad.stderr).toContain(`"${key}"`);
      expect(bad.stderr).toContain('The old value is kept.');
    }
    const get = async (key: string) => (await config('get', key, '--db', db)).stdout.trim();
    expect(await get('idleTimeoutSec')).toBe('120');
    expect(await get('siteName')).toBe('"UBND xã Sông Mây"');
    expect(await get('hotline')).toBe('"1900 1234"');
    expect(await get('publicLookupUrl')).toBe('"https://portal.example.vn/ho-so/{code}"');

    const all = await config('get', '--db', db, '--json');
    expect(all.status).toBe(0);
    expect(JSON.parse(all.stdout)).toMatchObject({ idleTimeoutSec: 120, largeText: true, siteAgencyCodes: ['000.00.12.H53'], districtToken: { set: false } });
    expect((await config('get', 'noSuchSetting', '--db', db)).status).toBe(2);
  });

  it('stores the token without ever printing it, and pins a CA from a file', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kiosk.db');
    const set = await config('set', 'districtToken', 'cli-token-SECRET-9', '--db', db);
    expect(set.status).toBe(0);
    expect(set.stdout + set.stderr).not.toContain('SECRET-9');
    const got = await config('get', 'districtToken', '--db', db);
    expect(got.stdout).not.toContain('SECRET-9');
    expect(got.stdout).toContain('set');

    const caFile = path.join(dir, 'ca.pem');
    fs.writeFileSync(caFile, caPem);
    expect((await config('set', 'districtCaPem', '--file', caFile, '--db', db)).status).toBe(0);
    expect((await config('get', 'districtCaPem', '--db', db)).stdout).toContain('Test District CA');
  });

  it('as the real `kiosk` process: a refused value exits 1 naming the setting, and the stored value stays', { timeout: 90_000 }, async () => {
    const db = path.join(tempDir(), 'kiosk.db');
    expect((await config('set', 'idleTimeoutSec', '120', '--db', db)).status).toBe(0);
    const bad = runKioskCli(['config', 'set', 'idleTimeoutSec', '5', '--db', db]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('"idleTimeoutSec"');
    expect((await config('get', 'idleTimeoutSec', '--db', db)).stdout.trim()).toBe('120');
  });
});

describe('the site settings from the district heartbeat', () => {
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('are applied when valid (the site level too), refused by name when not; the printer stays local', async () => {
    sim = await startDistrictSim({ dossiers: 3, token: TOKEN, seed: 5 });
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const settings = new SettingsStore(db);
    const report = { kioskId: 'kiosk-site', version: '1', lastSyncAt: null, scanner: {}, disk: { freeBytes: 1_000_000 }, quarantined: 0 };
    sim.setKioskConfig({ hotline: '1900 1234', openingHours: 'Thứ Hai – Thứ Sáu: 7:30–17:00', publicLookupUrl: 'https://x.example.vn/{code}', siteLevel: 'province' });
    expect((await sendHeartbeat(clientFor(sim), report, settingChangesFor(db), new Date())).applied.sort()).toEqual(['hotline', 'openingHours', 'publicLookupUrl', 'siteLevel']);
    expect(settings.get('hotline')).toBe('1900 1234');
    expect(settings.get('siteLevel')).toBe('province');

    sim.setKioskConfig({ hotline: 'call us', publicLookupUrl: 'https://x.example.vn/no-code', receiptPrinter: 'tcp://10.0.0.9:9100', siteLevel: 'district' });
    const outcome = await sendHeartbeat(clientFor(sim), report, settingChangesFor(db), new Date());
    expect(outcome.rejected.map((r) => r.key).sort()).toEqual(['hotline', 'publicLookupUrl', 'receiptPrinter', 'siteLevel']);
    expect(outcome.rejected.find((r) => r.key === 'hotline')?.message).toContain('"hotline"');
    expect(settings.get('hotline')).toBe('1900 1234');
    expect(settings.get('publicLookupUrl')).toBe('https://x.example.vn/{code}');
    expect(settings.get('siteLevel')).toBe('province');
    expect(settings.get('receiptPrinter')).toBeNull();
    db.close();
  });
});

describe('the public lookup address', () => {
  it('puts the dossier code where {code} is, encoded, and nothing else of the dossier', () => {
    expect(lookupUrlFor('https://dichvucong.example.gov.vn/tra-cuu?ma={code}', '000.00.12.H53-261120-0009')).toBe(
      'https://dichvucong.example.gov.vn/tra-cuu?ma=000.00.12.H53-261120-0009',
    );
    expect(lookupUrlFor('https://x.vn/{code}', 'A B&c=1')).toBe('https://x.vn/A%20B%26c%3D1');
    expect(isLookupUrlTemplate('https://x.vn/{code}')).toBe(true);
    expect(isLookupUrlTemplate('https://x.vn/{CODE}')).toBe(false);
  });
});
