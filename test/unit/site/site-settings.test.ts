import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open-database.ts';
import { SettingsStore } from '../../../electron/settings/settings-store.ts';
import { sendHeartbeat } from '../../../electron/sync/heartbeat.ts';
import { settingChangesFor } from '../../support/setting-changes.ts';
import { isLookupUrlTemplate, lookupUrlFor } from '../../../shared/contract/index.ts';
import { startDistrictSim } from '../../district-sim/index.ts';
import type { DistrictSim } from '../../district-sim/index.ts';
import { runKioskCli } from '../../support/run-kiosk-cli.ts';
import { clientFor, TOKEN } from '../../support/sync-harness.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { openTestHost } from '../technician/technician-harness.ts';

/** The site settings every answer shows: values each must take, and values it must refuse. */
const CASES: Record<string, { good: unknown[]; bad: unknown[] }> = {
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

describe('the site settings every answer shows', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('are absent by default (no printer, no hotline, no lookup QR)', async () => {
    const t = await openTestHost(tempDir());
    const info = await t.call('getKioskInfo', {});
    expect(info.receiptPrinter).toBe(false);
    expect(info.site).toEqual({
      openingHours: null,
      receptionCounter: null,
      paymentCounter: null,
      resultsCounter: null,
      hotline: null,
      complaintText: null,
      complaintUrl: null,
      publicLookupUrl: null,
    });
    await t.close();
  });

  it('in technician mode: take good values, refuse bad ones naming the setting, keep the old value, and apply without a restart', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    for (const [key, { good, bad }] of Object.entries(CASES)) {
      for (const value of good) {
        expect(await t.call('technicianSetSetting', { session, key, value }), `${key} = ${JSON.stringify(value)}`).toMatchObject({ result: 'saved', key });
      }
      await t.call('technicianSetSetting', { session, key, value: good[0] });
      for (const value of bad) {
        const refused = await t.call('technicianSetSetting', { session, key, value });
        expect(refused.result, `${key} = ${JSON.stringify(value)}`).toBe('invalid');
        if (refused.result === 'invalid') expect(refused.message).toContain(`"${key}"`);
        expect((await t.call('technicianGetSettings', { session })).values[key], `${key} kept`).toEqual(good[0]);
      }
    }
    const info = await t.call('getKioskInfo', {});
    expect(info.site).toMatchObject({ hotline: '1900 1234', publicLookupUrl: 'https://dichvucong.example.gov.vn/tra-cuu?ma={code}', openingHours: CASES.openingHours?.good[0] });
    expect(info.receiptPrinter).toBe(true);
    expect(t.events.filter((e) => e.type === 'settingsChanged').length).toBeGreaterThan(0);
    await t.close();
  });

  it('through `kiosk config`: set, get, and refuse a bad hotline naming it (exit 1)', { timeout: 90_000 }, () => {
    const db = path.join(tempDir(), 'kiosk.db');
    expect(runKioskCli(['config', 'set', 'hotline', '1900 1234', '--db', db]).status).toBe(0);
    expect(runKioskCli(['config', 'set', 'publicLookupUrl', 'https://portal.example.vn/ho-so/{code}', '--db', db]).status).toBe(0);
    const bad = runKioskCli(['config', 'set', 'publicLookupUrl', 'https://portal.example.vn/ho-so', '--db', db]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('"publicLookupUrl"');
    expect(runKioskCli(['config', 'get', 'hotline', '--db', db]).stdout.trim()).toBe('"1900 1234"');
    expect(runKioskCli(['config', 'get', 'publicLookupUrl', '--db', db]).stdout.trim()).toBe('"https://portal.example.vn/ho-so/{code}"');
  });

  it('from the district heartbeat: applied when valid, refused by name when not; the printer stays local', async () => {
    sim = await startDistrictSim({ dossiers: 3, token: TOKEN, seed: 5 });
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const settings = new SettingsStore(db);
    const report = { kioskId: 'kiosk-site', version: '1', lastSyncAt: null, scanner: {}, disk: { freeBytes: 1_000_000 }, quarantined: 0 };
    sim.setKioskConfig({ hotline: '1900 1234', openingHours: 'Thứ Hai – Thứ Sáu: 7:30–17:00', publicLookupUrl: 'https://x.example.vn/{code}' });
    expect((await sendHeartbeat(clientFor(sim), report, settingChangesFor(db), new Date())).applied.sort()).toEqual(['hotline', 'openingHours', 'publicLookupUrl']);
    expect(settings.get('hotline')).toBe('1900 1234');

    sim.setKioskConfig({ hotline: 'call us', publicLookupUrl: 'https://x.example.vn/no-code', receiptPrinter: 'tcp://10.0.0.9:9100' });
    const outcome = await sendHeartbeat(clientFor(sim), report, settingChangesFor(db), new Date());
    expect(outcome.rejected.map((r) => r.key).sort()).toEqual(['hotline', 'publicLookupUrl', 'receiptPrinter']);
    expect(outcome.rejected.find((r) => r.key === 'hotline')?.message).toContain('"hotline"');
    expect(settings.get('hotline')).toBe('1900 1234');
    expect(settings.get('publicLookupUrl')).toBe('https://x.example.vn/{code}');
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
