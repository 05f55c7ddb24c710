import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../shared/contract/index.ts';
import type { DossierRecord as Dossier } from '../../../shared/contract/index.ts';
import { DistrictData } from '../../district-sim/district-data.ts';
import { kioskDossierJson } from '../../district-sim/kiosk-json.ts';
import { useSim } from './sim-client.ts';

const ANCHOR = new Date('2026-11-20T03:00:00Z');
const vietnamDate = (iso: string): string => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);

describe('generated district data', () => {
  const startSim = useSim();

  it('gives every dossier a valid record whose code carries its agency and its receipt date in Vietnam time', async () => {
    const sim = await startSim({ dossiers: 3000 });
    const dossiers = sim.state.allDossiers();
    expect(dossiers).toHaveLength(3000);
    for (const dossier of dossiers) {
      expect(DossierRecord.safeParse(dossier).success).toBe(true);
      const [, agency, yymmdd, seq] = /^(\d{3}\.\d{2}\.\d{2}\.H53)-(\d{6})-(\d{4,})$/.exec(dossier.code) ?? [];
      expect(agency).toBe(dossier.agencyCode);
      expect(`20${yymmdd?.slice(0, 2)}-${yymmdd?.slice(2, 4)}-${yymmdd?.slice(4)}`).toBe(vietnamDate(dossier.receivedAt));
      expect(Number(seq)).toBeGreaterThan(0);
      expect(Date.parse(dossier.receivedAt)).toBeLessThan(ANCHOR.getTime());
    }
  });

  it('numbers each agency’s receipts of a day 1, 2, 3 … in the order they were received', async () => {
    const sim = await startSim({ dossiers: 5000 });
    const byAgencyDay = new Map<string, Dossier[]>();
    for (const dossier of sim.state.allDossiers()) {
      const key = dossier.code.slice(0, dossier.code.lastIndexOf('-'));
      byAgencyDay.set(key, [...(byAgencyDay.get(key) ?? []), dossier]);
    }
    for (const dossiers of byAgencyDay.values()) {
      const bySeq = [...dossiers].sort((a, b) => Number(a.code.split('-')[2]) - Number(b.code.split('-')[2]));
      expect(bySeq.map((d) => Number(d.code.split('-')[2]))).toEqual(bySeq.map((_, i) => i + 1));
      const times = bySeq.map((d) => Date.parse(d.receivedAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('has dossiers in every status, with timelines in order and dates that agree with the status', async () => {
    const sim = await startSim({ dossiers: 20_000 });
    const statuses = new Set<number>();
    for (const d of sim.state.allDossiers()) {
      statuses.add(d.status);
      const times = d.timeline.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(d.timeline[0]?.at).toBe(d.receivedAt);
      expect(d.finishedAt !== null).toBe(d.status === 9 || d.status === 10);
      expect(d.returnedAt !== null).toBe(d.status === 10);
      expect(d.dueAt === null).toBe(d.status === 1 || (d.status === 3 && d.timeline.length === 2));
      if (d.status === 5) expect(d.missingDocuments?.length).toBeGreaterThan(0);
      if (d.status === 6) expect(d.feeVnd).toBeGreaterThan(0);
    }
    expect([...statuses].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('is the same for the same seed and anchor, and different for another seed', () => {
    const a = new DistrictData(500, 11, ANCHOR);
    const b = new DistrictData(500, 11, ANCHOR);
    const c = new DistrictData(500, 12, ANCHOR);
    const json = (data: DistrictData) => Array.from({ length: 500 }, (_, i) => kioskDossierJson(data.dossier(i)));
    expect(json(a)).toEqual(json(b));
    expect(json(a)).not.toEqual(json(c));
  });

  it('finds every dossier by its code, and nothing by codes it never issued', () => {
    const data = new DistrictData(20_000, 3, ANCHOR);
    for (let index = 0; index < data.count; index += 7) expect(data.layout.indexOf(data.layout.code(index))).toBe(index);
    const code = data.layout.code(1234);
    const [agency, date, seq] = code.split('-') as [string, string, string];
    expect(data.layout.indexOf(`${agency}-${date}-9999`)).toBeNull();
    expect(data.layout.indexOf(`000.99.12.H53-${date}-${seq}`)).toBeNull();
    expect(data.layout.indexOf(`${agency}-991231-${seq}`)).toBeNull();
    expect(data.layout.indexOf(`${agency}-${date.slice(0, 4)}32-${seq}`)).toBeNull();
    expect(data.layout.indexOf('not a code')).toBeNull();
  });

  it('moves dossiers to their next status with a higher version and a new timeline entry', async () => {
    const sim = await startSim({ dossiers: 2000 });
    const before = new Map(sim.state.allDossiers().map((d) => [d.code, d]));
    const codes = sim.advance(25);
    expect(codes.length).toBe(25);
    for (const code of new Set(codes)) {
      const was = before.get(code) as Dossier;
      const now = sim.state.dossier(code) as Dossier;
      expect(now.version).toBeGreaterThan(was.version);
      expect(now.status).not.toBe(was.status);
      expect(now.timeline.length).toBeGreaterThan(was.timeline.length);
      expect(now.timeline.slice(0, was.timeline.length)).toEqual(was.timeline);
      expect(DossierRecord.safeParse(now).success).toBe(true);
    }
  });

  it('deletes dossiers, which then leave the live set', async () => {
    const sim = await startSim({ dossiers: 500 });
    const codes = sim.deleteDossiers(10);
    expect(new Set(codes).size).toBe(10);
    expect(sim.state.allDossiers()).toHaveLength(490);
    for (const code of codes) expect(sim.state.dossier(code)).toBeNull();
  });
});
