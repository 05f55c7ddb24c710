// A national-format export (the portal's field names, no version) through the real `kiosk
// import` on a real SQLite file, then `kiosk lookup`: the four dossiers of the district's
// export are taken, the messy records are reported by position and reason, the good ones
// kept, and nothing personal reaches the database file, the log or the answers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKioskCliAsync } from '../../../support/run-kiosk-cli.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import {
  COUNTER_CODE,
  DAY_FIRST_CODE,
  FEES_CODE,
  ISO_CODE,
  NULLS_CODE,
  PERSONAL_VALUES,
  POSTED_CODE,
  SUPPLEMENT_CODE,
  fourDossiers,
  messyRecords,
  nationalExport,
} from '../../../support/national-dossier-export.ts';

const tempDir = useTempDir('kiosk-national-import-');
const LOGGING = { KIOSK_LOG: 'on' };

/** Every file under `dir` (the database, its WAL, the log files), as bytes. */
function filesUnder(dir: string): { file: string; bytes: Buffer }[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    if (!entry.isFile()) return [];
    const file = path.join(entry.parentPath, entry.name);
    return [{ file, bytes: fs.readFileSync(file) }];
  });
}

async function importFile(records: unknown[], dir = tempDir()) {
  const file = path.join(dir, 'export', 'ho-so-dvcqg.json');
  fs.mkdirSync(path.dirname(file));
  fs.writeFileSync(file, JSON.stringify(records, null, 2));
  const db = path.join(dir, 'kiosk', 'kiosk.db');
  const result = await runKioskCliAsync(['import', 'dossiers', file, '--db', db, '--format', 'national', '--json'], LOGGING);
  return { dir: path.dirname(db), db, result, report: JSON.parse(result.stdout) as Record<string, unknown> };
}

async function lookup(db: string, code: string) {
  const result = await runKioskCliAsync(['lookup', code, '--db', db], LOGGING);
  expect(result.status, result.stderr).toBe(0);
  return { output: result.stdout + result.stderr, dossier: (JSON.parse(result.stdout) as { dossier: Record<string, unknown> }).dossier };
}

describe('kiosk import --format national', () => {
  it('takes all four dossiers of an export written with the portal’s field names', async () => {
    const { result, report } = await importFile(fourDossiers);
    expect(result.status, result.stderr).toBe(0);
    expect(report).toMatchObject({ read: 4, applied: 4, rejected: 0, duplicates: 0, problems: [] });
  }, 60_000);

  describe('an export with messy records', () => {
    const codes = [SUPPLEMENT_CODE, FEES_CODE, COUNTER_CODE, POSTED_CODE, DAY_FIRST_CODE, ISO_CODE, NULLS_CODE];
    let imported: Awaited<ReturnType<typeof importFile>>;
    const answers = new Map<string, Awaited<ReturnType<typeof lookup>>>();

    beforeAll(async () => {
      imported = await importFile(nationalExport(), fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-national-import-')));
      for (const answer of await Promise.all(codes.map(async (code) => [code, await lookup(imported.db, code)] as const))) answers.set(...answer);
    }, 120_000);
    afterAll(() => fs.rmSync(path.dirname(imported.dir), { recursive: true, force: true }));
    const dossier = (code: string) => answers.get(code)!.dossier;

    it('reports each bad record with its position and reason, keeps the good ones, and keeps the newer of a repeated code', () => {
      const { result, report } = imported;
      expect(result.status).toBe(1);
      // Positions are the record's number in the array and the line it starts on.
      const position = (i: number) => expect.stringMatching(new RegExp(`^item ${fourDossiers.length + i + 1} \\(line \\d+\\)$`));
      const expectedProblems = messyRecords.flatMap(({ record, outcome }, i) => {
        if (outcome === 'kept') return [];
        const code = record === null ? null : (record as { MaHoSo: string }).MaHoSo;
        const reason = outcome === 'duplicate' ? expect.stringMatching(/^the same code as item 1 \(line 2\); the newer version of the two is kept$/) : outcome;
        return [{ position: position(i), code, reason }];
      });
      expect(report).toMatchObject({ read: 12, applied: 7, ignored: 1, rejected: 4, duplicates: 1 });
      expect(report.problems).toEqual(expectedProblems);

      for (const code of [DAY_FIRST_CODE, ISO_CODE]) {
        expect(dossier(code)).toMatchObject({ status: 4, receivedAt: expect.stringMatching(/^2026-11-20T0[12]:\d\d:00\.000Z$/), dueAt: '2026-11-25T09:30:00.000Z' });
      }
      expect(dossier(NULLS_CODE)).toMatchObject({ status: 2, applicantMasked: null, dueAt: null, timeline: [{ action: 'Tiếp nhận hồ sơ' }] });
      // The older state sent after the newer one did not replace it.
      expect(dossier(SUPPLEMENT_CODE)).toMatchObject({ status: 5 });
    });

    it('shows what to bring and by when, what to pay, and where and how the result is handed over', () => {
      const supplement = dossier(SUPPLEMENT_CODE);
      expect(supplement).toMatchObject({ status: 5, dueAt: '2026-11-25T09:30:00.000Z' });
      expect(supplement.timing).not.toBe('not-applicable');
      expect(supplement.nextStep).toEqual({
        kind: 'supplement',
        documents: ['Giấy chứng sinh (bản chính)', 'Tờ khai đăng ký khai sinh'],
        note: 'Bổ sung giấy chứng sinh bản chính; tờ khai ký thiếu chữ ký của người đi đăng ký',
      });
      expect(dossier(FEES_CODE).nextStep).toEqual({
        kind: 'pay',
        amountVnd: 1_350_000,
        fees: [
          { name: 'Lệ phí cấp Giấy chứng nhận', amountVnd: 100_000 },
          { name: 'Phí đo đạc, lập bản đồ địa chính', amountVnd: 1_250_000 },
        ],
      });
      expect(dossier(COUNTER_CODE).nextStep).toEqual({
        kind: 'collect',
        counter: 'Quầy số 3, Bộ phận Một cửa xã Suối Ngọc',
        delivery: 'counter',
        documents: ['Giấy xác nhận tình trạng hôn nhân'],
      });
      expect(dossier(POSTED_CODE).nextStep).toEqual({ kind: 'collect', counter: null, delivery: 'post', documents: ['Giấy xác nhận tình trạng hôn nhân'] });
    });

    it('keeps no personal field in the database file, the log or the answers', () => {
      const output = imported.result.stdout + imported.result.stderr + [...answers.values()].map((a) => a.output).join('');
      const files = filesUnder(imported.dir);
      expect(files.map((f) => path.basename(f.file))).toContain('kiosk.db');
      expect(files.some((f) => f.file.includes(`${path.sep}logs${path.sep}`))).toBe(true);
      expect(output).toContain(SUPPLEMENT_CODE);
      for (const value of [...PERSONAL_VALUES, 'Nguyễn Thị Mai Anh']) {
        for (const { file, bytes } of files) expect(bytes.includes(Buffer.from(value, 'utf8')), `${value} in ${file}`).toBe(false);
        expect(output).not.toContain(value);
      }
    });
  });
});
