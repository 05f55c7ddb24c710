import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../shared/contract/index.ts';
import { fromNationalDossier } from '../../../electron/sync/national-adapter.ts';
import { callJson, readFeed, useSim } from './sim-client.ts';

const adapted = (item: unknown) => {
  const result = fromNationalDossier(item);
  if (!result.ok) throw new Error(result.error);
  return DossierRecord.parse(result.record);
};

describe('national-format publishing (--format national)', () => {
  const startSim = useSim();

  it('publishes every dossier with the national field names, which the adapter reads back exactly', async () => {
    const sim = await startSim({ dossiers: 800, format: 'national' });
    const { items } = await readFeed<Record<string, unknown>>(sim, null, 300);
    expect(items).toHaveLength(800);
    expect(items[0]).toMatchObject({ MaHoSo: expect.any(String), TrangThaiHoSo: expect.stringMatching(/^\d+$/), NgayTiepNhan: expect.stringMatching(/^\d{14}$/) });
    expect(items.map(adapted)).toEqual(sim.state.allDossiers());
  });

  it('includes personal details the adapter drops', async () => {
    const sim = await startSim({ dossiers: 50, format: 'national' });
    const { items } = await readFeed<Record<string, unknown>>(sim, null);
    for (const item of items) {
      expect(item).toMatchObject({ SoDienThoai: expect.stringMatching(/^09\d{8}$/), SoGiayTo: expect.stringMatching(/^0\d{11}$/), DiaChi: expect.any(String) });
      const record = JSON.stringify(adapted(item));
      for (const personal of [item.SoDienThoai, item.SoGiayTo, item.DiaChi, item.Email]) expect(record).not.toContain(personal);
    }
  });

  it('lists processing steps newest first, as such servers do', async () => {
    const sim = await startSim({ dossiers: 50, format: 'national' });
    const { items } = await readFeed<{ QuaTrinhXuLy?: { ThoiDiemXuLy: string }[] }>(sim, null);
    const long = items.find((item) => (item.QuaTrinhXuLy?.length ?? 0) > 2);
    const times = long?.QuaTrinhXuLy?.map((step) => step.ThoiDiemXuLy) ?? [];
    expect(times).toEqual([...times].sort().reverse());
  });

  it('marks deletions with DaXoa and answers lookups in the national shape', async () => {
    const sim = await startSim({ dossiers: 100, format: 'national' });
    const { cursor } = await readFeed(sim, null);
    const [deleted] = sim.deleteDossiers(1);
    const { items } = await readFeed<Record<string, unknown>>(sim, cursor);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ MaHoSo: deleted, DaXoa: true });
    expect(adapted(items[0])).toMatchObject({ code: deleted, deleted: true });

    const live = sim.state.allDossiers()[0];
    const lookup = await callJson(sim, `/v1/dossiers/${live?.code}`);
    expect(adapted(lookup.body)).toEqual(live);
  });

  it('breaks national items too when a schema-invalid fault fires', async () => {
    const sim = await startSim({ dossiers: 100, format: 'national' });
    sim.faults.inject({ kind: 'schema-invalid', items: 5 });
    const { items } = await readFeed(sim, null);
    const failures = items.map((item) => fromNationalDossier(item)).filter((r) => !r.ok);
    expect(failures).toHaveLength(5);
  });
});
