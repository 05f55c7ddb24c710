import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import { KioskInfo, LookupResult } from '../../../../shared/contract/index.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const demo = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../../../assets/demo/dossiers.json'), 'utf8')) as {
  anchor: string;
  dossiers: { code: string; status: number }[];
};
const ANCHOR = new Date(demo.anchor);

describe('kiosk host over the demo data', () => {
  const tempDir = useTempDir();
  const openHost = () => createKioskHost({ dbPath: path.join(tempDir(), 'kiosk.db'), demoWhenEmpty: true, now: () => ANCHOR });

  it('loads the demo data into an empty cache and says so', async () => {
    const host = await openHost();
    const response = await host.call('getKioskInfo', {});
    expect(response.ok).toBe(true);
    const info = KioskInfo.parse(response.ok && response.result);
    expect(info).toMatchObject({ demo: true, defaultLanguage: 'vi', sync: { state: 'demo', lastSuccessAt: ANCHOR.toISOString() } });
    expect(info.siteName).toContain('Sông Mây');
    await host.close();
  });

  it('finds every demo dossier by its printed code, whatever the scan wrapping', async () => {
    // A hundred citizens' codes in a row: the enumeration throttle (its own tests) would make them wait.
    const host = await createKioskHost({ dbPath: path.join(tempDir(), 'kiosk.db'), demoWhenEmpty: true, now: () => ANCHOR, lookupThrottle: false });
    for (const { code, status } of demo.dossiers) {
      for (const raw of [code, `]C0${code}\r\n`, code.toLowerCase(), `https://dichvucong.example.gov.vn/tra-cuu?maHoSo=${encodeURIComponent(code)}`]) {
        const response = await host.call('lookupDossier', { raw, source: 'wedge' });
        const result = LookupResult.parse(response.ok && response.result);
        expect(result.kind, raw).toBe('found');
        if (result.kind === 'found') expect(result.dossier).toMatchObject({ code, status });
      }
    }
    await host.close();
  });

  it('never shows a full applicant name', async () => {
    const host = await openHost();
    const response = await host.call('lookupDossier', { raw: '000.00.12.H53-261118-0022', source: 'wedge' });
    const result = LookupResult.parse(response.ok && response.result);
    expect(result.kind).toBe('found');
    if (result.kind === 'found') expect(result.dossier.applicantMasked).toBe('Tôn N. T. D. H***');
    await host.close();
  });

  it('tells an unreadable scan, a missing dossier and another agency apart', async () => {
    const host = await openHost();
    const lookup = async (raw: string) => {
      const response = await host.call('lookupDossier', { raw, source: 'keypad' });
      return LookupResult.parse(response.ok && response.result);
    };
    expect(await lookup('hello')).toEqual({ kind: 'unreadable', reason: 'no-code' });
    expect(await lookup('000.00.12.H53-261340-0001')).toEqual({ kind: 'unreadable', reason: 'bad-date' });
    expect(await lookup('000.00.12.H53-261120-9999')).toEqual({
      kind: 'not-found',
      code: '000.00.12.H53-261120-9999',
      dataAsOf: ANCHOR.toISOString(),
    });
    expect(await lookup('000.00.07.H29-261120-0001')).toEqual({
      kind: 'other-agency',
      code: '000.00.07.H29-261120-0001',
      agency: '000.00.07.H29',
      agencyName: null,
    });
    // An agency of the province the demo site knows (site.json knownAgencies) is named.
    expect(await lookup('000.00.15.H53-261120-0001')).toEqual({
      kind: 'other-agency',
      code: '000.00.15.H53-261120-0001',
      agency: '000.00.15.H53',
      agencyName: 'Ủy ban nhân dân xã Đồng Cỏ',
    });
    await host.close();
  });

  it('validates every input and never throws', async () => {
    const host = await openHost();
    expect(await host.call('lookupDossier', { raw: 42, source: 'wedge' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await host.call('lookupDossier', { raw: 'x'.repeat(5000), source: 'wedge' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await host.call('lookupDossier', { raw: 'x', source: 'telepathy' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await host.call('getKioskInfo', { extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await host.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await host.call('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await host.call(undefined as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    await host.close();
  });

  it('keeps the cache when reopened and does not reload the demo over it', async () => {
    const dbPath = path.join(tempDir(), 'kiosk.db');
    const first = await createKioskHost({ dbPath, demoWhenEmpty: true, now: () => ANCHOR });
    await first.close();
    const later = new Date(ANCHOR.getTime() + 3 * 86_400_000);
    const second = await createKioskHost({ dbPath, demoWhenEmpty: true, now: () => later });
    const response = await second.call('getKioskInfo', {});
    expect(response.ok && KioskInfo.parse(response.result).sync.lastSuccessAt).toBe(ANCHOR.toISOString());
    await second.close();
  });
});
