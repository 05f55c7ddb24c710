import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachLogFiles, log } from '../../../../electron/log/log.ts';
import { readRecentLogEntries } from '../../../../electron/log/log-files.ts';
import { isSensitiveKey, scrubText } from '../../../../electron/log/personal-data-filter.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { captureStderr } from '../technician/capture-stderr.ts';

/** Applicants as they appear on receipts and in the national portal's records. */
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bích Ngọc', 'LÊ HOÀNG PHÚC', 'Phạm Minh Đức', 'Nguyen Van Binh', 'Đặng Thu Hà', 'Huỳnh Tấn Phát', 'Tôn Nữ Thị Diệu Hạnh'];
const PHONES = ['0912345678', '0912 345 678', '091.234.5678', '+84912345678', '84 912 345 678', '02838123456'];
const IDS = ['001203004567', '079085001234', '123456789'];
const EVERYTHING = [...NAMES, ...PHONES, ...IDS];
/** Each value as a digits-only or lower-case key, so a re-formatting cannot hide a leak. */
const needles = [...NAMES.map((n) => n.toLowerCase()), ...PHONES.map((p) => p.replace(/\D/g, '').slice(-9)), ...IDS];

function leaks(text: string): string[] {
  const lower = text.toLowerCase();
  const digits = text.replace(/[ .-]/g, '');
  return needles.filter((needle) => lower.includes(needle) || digits.includes(needle));
}

describe('the logger removes personal data itself', () => {
  const tempDir = useTempDir('kiosk-log-');
  beforeEach(() => vi.stubEnv('KIOSK_LOG', 'info'));
  afterEach(() => vi.unstubAllEnvs());

  it('writes structured JSON lines to rotating files, and no line ever holds a name, phone or ID number', async () => {
    const dir = path.join(tempDir(), 'logs');
    const files = await attachLogFiles(dir);
    const stderr = captureStderr();
    try {
      // Under names that say what they are …
      log.info('lookup', { applicantName: NAMES[0], phone: PHONES[0], idNumber: IDS[0], cccd: IDS[1], address: '12 Lê Lợi, Huế' });
      log.warn('record', { record: { chuHoSo: NAMES[1], soDienThoai: PHONES[1], nested: { HoTen: NAMES[2] } } });
      // … under names that do not …
      for (const value of EVERYTHING) log.info('note', { note: `seen ${value} at the desk`, list: [value], n: 3 });
      // … in the message itself, and inside errors.
      for (const value of EVERYTHING) log.error(`could not match ${value}`, { error: new Error(`bad record for ${value}`) });
      log.info('sync done', { applied: 12, pages: 3, ms: 250, dossierCount: 1200 });
    } finally {
      stderr.restore();
    }
    await files.close();
    expect(leaks(stderr.text())).toEqual([]);
    expect(stderr.text().trim().split('\n')).toHaveLength(2 + 2 * EVERYTHING.length + 1);

    const written = fs.readdirSync(dir);
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((name) => /^kiosk\.\d{4}-\d{2}-\d{2}\.\d+\.log$/.test(name))).toBe(true);
    const text = written.map((name) => fs.readFileSync(path.join(dir, name), 'utf8')).join('');
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(2 + 2 * EVERYTHING.length + 1);
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry).toMatchObject({ level: expect.any(String), time: expect.stringMatching(/Z$/), msg: expect.any(String) });
      expect(leaks(line), line).toEqual([]);
    }
    expect(text).toContain('[redacted]');
    // Operational facts survive.
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ msg: 'sync done', applied: 12, pages: 3, dossierCount: 1200 });
    expect(readRecentLogEntries(dir, { limit: 1 })[0]).toMatchObject({ msg: 'sync done', fields: { applied: 12 } });
  });

  it('keeps stderr free of personal data too', () => {
    const stderr = captureStderr();
    try {
      log.warn(`applicant ${NAMES[3]} phoned from ${PHONES[2]}`, { citizen: NAMES[4], id: IDS[0] });
    } finally {
      stderr.restore();
    }
    expect(stderr.text()).toContain('applicant [redacted] phoned from [redacted]');
    expect(leaks(stderr.text())).toEqual([]);
  });

  it('writes nothing at all with KIOSK_LOG=silent', async () => {
    vi.stubEnv('KIOSK_LOG', 'silent');
    const dir = path.join(tempDir(), 'logs');
    const files = await attachLogFiles(dir);
    log.error('anything', { applicantName: NAMES[0] });
    await files.close();
    expect(files.dir).toBeNull();
    expect(fs.existsSync(dir)).toBe(false);
  });
});

describe('the personal-data filter', () => {
  it('tells personal and secret field names from operational ones', () => {
    for (const key of ['applicantName', 'applicant_name', 'phone', 'phoneNumber', 'soCCCD', 'idNumber', 'id_card', 'address', 'token', 'pin', 'newPin', 'authorization', 'session', 'raw', 'code', 'dossierCode'])
      expect(isSensitiveKey(key), key).toBe(true);
    for (const key of ['applied', 'pages', 'kind', 'method', 'status', 'ms', 'kioskId', 'exitCode', 'reason', 'dossierCount', 'pinned'])
      expect(isSensitiveKey(key), key).toBe(false);
  });

  it('leaves operational text alone: codes, times, versions, counts, URLs', () => {
    for (const text of ['sync done in 250 ms', '2026-03-02T03:00:00.000Z', 'kiosk 0.1.0', 'HTTP 503 from https://dongbo.example.gov.vn/v1/dossiers/changes', 'The district server refused the connection (nothing listens at that address).'])
      expect(scrubText(text)).toBe(text);
  });
});
