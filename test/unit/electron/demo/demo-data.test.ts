import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { DossierRecord } from '../../../../shared/contract/index.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const readDemo = (name: string): string => readFileSync(`${repoRoot}assets/demo/${name}`, 'utf8');

const SiteFile = z.object({
  siteName: z.string().min(1),
  agencies: z.array(z.object({ code: z.string(), name: z.string().min(1) })).min(1),
  knownAgencies: z.array(z.object({ code: z.string(), name: z.string().min(1) })),
});
const DossiersFile = z.object({
  anchor: z.iso.datetime(),
  dossiers: z.array(z.unknown()).min(1),
});

const siteRaw: unknown = JSON.parse(readDemo('site.json'));
const dossiersRaw: unknown = JSON.parse(readDemo('dossiers.json'));
const readme = readDemo('README.md');
const site = SiteFile.parse(siteRaw);
const file = DossiersFile.parse(dossiersRaw);
const dossiers = file.dossiers.map((d) => DossierRecord.parse(d));
const anchorMs = Date.parse(file.anchor);

const CODE = /^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(\d{6})-(\d{4,})$/;
const AGENCY_CODE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

const vietnamParts = (iso: string): Record<string, string> =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: '2-digit',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
const vietnamYymmdd = (iso: string): string => {
  const p = vietnamParts(iso);
  return `${p.year}${p.month}${p.day}`;
};
const vietnamDayNumber = (iso: string): number => Math.floor((Date.parse(iso) + 7 * 3_600_000) / 86_400_000);

/** Every string anywhere in a JSON value, with where it sits. */
function* strings(value: unknown, path = '$'): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      yield [`${path}.<key>`, k];
      yield* strings(v, `${path}.${k}`);
    }
}

describe('demo site', () => {
  it('names a ward or commune public administrative service centre and agencies with QCVN 102:2016 codes', () => {
    expect(site.siteName).toMatch(/^Trung tâm Phục vụ hành chính công (phường|xã) /);
    expect(site.agencies.length).toBeGreaterThanOrEqual(3);
    for (const a of site.agencies) expect(a.code).toMatch(AGENCY_CODE);
    expect(new Set(site.agencies.map((a) => a.code)).size).toBe(site.agencies.length);
    for (const a of site.knownAgencies) {
      expect(a.code).toMatch(AGENCY_CODE);
      expect(site.agencies.map((served) => served.code)).not.toContain(a.code);
    }
  });

  it('assumes no district anywhere a citizen reads it (there are none since 1 July 2025)', () => {
    const texts = JSON.stringify([siteRaw, dossiersRaw]);
    expect(texts).not.toMatch(/huyện|quận|thị trấn|thị xã/i);
    expect(texts).not.toContain('Văn phòng Đăng ký đất đai chi nhánh');
  });
});

describe('demo dossiers', () => {
  it('every dossier parses as a DossierRecord', () => {
    for (const d of file.dossiers) expect(DossierRecord.safeParse(d).success, JSON.stringify(d)).toBe(true);
    expect(dossiers.length).toBeGreaterThanOrEqual(20);
  });

  it('covers every status 1–10', () => {
    const present = new Set(dossiers.map((d) => d.status));
    for (let s = 1; s <= 10; s++) expect(present.has(s), `status ${s}`).toBe(true);
  });

  it('has unique, well-formed codes whose date and agency match the record and the site', () => {
    const agencies = new Map(site.agencies.map((a) => [a.code, a.name]));
    expect(new Set(dossiers.map((d) => d.code)).size).toBe(dossiers.length);
    for (const d of dossiers) {
      const m = CODE.exec(d.code);
      expect(m, d.code).not.toBeNull();
      const [, agency, yymmdd] = m ?? [];
      expect(agency, d.code).toBe(d.agencyCode);
      expect(yymmdd, d.code).toBe(vietnamYymmdd(d.receivedAt));
      expect(agencies.has(d.agencyCode), d.code).toBe(true);
      expect(d.agencyName, d.code).toBe(agencies.get(d.agencyCode));
    }
  });

  it('includes codes with a 5-digit daily sequence', () => {
    const long = dossiers.filter((d) => /-\d{5,}$/.test(d.code));
    expect(long.length).toBeGreaterThanOrEqual(2);
  });

  it('writes every time as ISO 8601 UTC with Z', () => {
    for (const d of dossiers) {
      const times = [d.receivedAt, d.dueAt, d.finishedAt, d.returnedAt, ...d.timeline.map((e) => e.at)];
      for (const t of times) if (t != null) expect(t, d.code).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    }
    expect(file.anchor).toMatch(/Z$/);
  });

  it('receives dossiers in working hours on working days, Vietnam time', () => {
    for (const d of dossiers) {
      const p = vietnamParts(d.receivedAt);
      const minutes = Number(p.hour) * 60 + Number(p.minute);
      expect(['Sat', 'Sun'], d.code).not.toContain(p.weekday);
      expect(minutes, d.code).toBeGreaterThanOrEqual(7 * 60);
      expect(minutes, d.code).toBeLessThanOrEqual(17 * 60 + 30);
    }
  });

  it('has chronological timelines of 1–6 entries, none after the anchor', () => {
    for (const d of dossiers) {
      expect(d.timeline.length, d.code).toBeGreaterThanOrEqual(1);
      expect(d.timeline.length, d.code).toBeLessThanOrEqual(6);
      const at = d.timeline.map((e) => Date.parse(e.at));
      for (let i = 1; i < at.length; i++) expect(at[i], d.code).toBeGreaterThanOrEqual(at[i - 1] ?? 0);
      expect(at[0], d.code).toBeGreaterThanOrEqual(Date.parse(d.receivedAt));
      expect(at[at.length - 1], d.code).toBeLessThanOrEqual(anchorMs);
      for (const e of d.timeline) {
        expect(e.department.trim(), d.code).not.toBe('');
        expect(e.action.trim(), d.code).not.toBe('');
      }
    }
  });

  it('sets versions 1..n and dates nothing but due dates after the anchor', () => {
    for (const d of dossiers) {
      expect(d.version, d.code).toBeGreaterThanOrEqual(1);
      for (const t of [d.receivedAt, d.finishedAt, d.returnedAt])
        if (t != null) expect(Date.parse(t), d.code).toBeLessThanOrEqual(anchorMs);
    }
  });

  it('has due dates after receipt, and results after receipt and before return', () => {
    for (const d of dossiers) {
      const received = Date.parse(d.receivedAt);
      if (d.dueAt != null) expect(Date.parse(d.dueAt), d.code).toBeGreaterThan(received);
      if (d.finishedAt != null) expect(Date.parse(d.finishedAt), d.code).toBeGreaterThanOrEqual(received);
      if (d.finishedAt != null && d.returnedAt != null)
        expect(Date.parse(d.returnedAt), d.code).toBeGreaterThanOrEqual(Date.parse(d.finishedAt));
    }
  });

  it('gives each status the data its screen needs', () => {
    for (const d of dossiers) {
      if (d.status === 5) {
        expect(d.missingDocuments?.length ?? 0, d.code).toBeGreaterThanOrEqual(2);
        for (const doc of d.missingDocuments ?? []) expect(doc.trim(), d.code).not.toBe('');
      }
      if (d.status === 6) expect(d.feeVnd, d.code).toBeGreaterThan(0);
      if (d.status === 9 || d.status === 10) expect(d.finishedAt, d.code).toBeTruthy();
      if (d.status === 10) expect(d.returnedAt, d.code).toBeTruthy();
      if (d.status !== 10) expect(d.returnedAt ?? null, d.code).toBeNull();
      if (d.status < 9) expect(d.finishedAt ?? null, d.code).toBeNull();
    }
    expect(dossiers.some((d) => d.status === 9 && d.resultCounter)).toBe(true);
  });

  it('shows finished early, on time and late, and in progress both before and past due', () => {
    const finished = dossiers.filter((d) => (d.status === 9 || d.status === 10) && d.dueAt && d.finishedAt);
    const finishTiming = (d: DossierRecord): string => {
      const done = d.finishedAt ?? '';
      const due = d.dueAt ?? '';
      if (Date.parse(done) > Date.parse(due)) return 'overdue';
      return vietnamDayNumber(done) < vietnamDayNumber(due) ? 'early' : 'on-time';
    };
    const timings = new Set(finished.map(finishTiming));
    expect([...timings].sort()).toEqual(['early', 'on-time', 'overdue']);

    const inProgress = dossiers.filter((d) => [2, 4, 5, 6].includes(d.status) && d.dueAt);
    expect(inProgress.some((d) => Date.parse(d.dueAt ?? '') > anchorMs)).toBe(true);
    expect(inProgress.some((d) => Date.parse(d.dueAt ?? '') < anchorMs)).toBe(true);
  });

  it('carries no phone or ID numbers (no run of 9+ digits) in either file', () => {
    for (const [path, s] of [...strings(dossiersRaw), ...strings(siteRaw)]) expect(s, path).not.toMatch(/\d{9,}/);
  });

  it('uses Vietnamese names with diacritics and varied applicants', () => {
    const names = dossiers.map((d) => d.applicantName).filter((n): n is string => typeof n === 'string');
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => /[À-ỹ]/.test(n)).length).toBeGreaterThan(names.length / 2);
    for (const d of dossiers) expect(d.procedureCode ?? '', d.code).toMatch(/^(\d\.\d{6})?$/);
  });

  it('is described, dossier by dossier, in the README', () => {
    for (const d of dossiers) expect(readme, d.code).toContain(d.code);
  });
});
