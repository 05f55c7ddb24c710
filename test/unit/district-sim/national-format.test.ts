import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../shared/contract/index.ts';
import { fromNationalDossier } from '../../../electron/sync/national-adapter.ts';
import { callJson, readFeed, useSim } from './sim-client.ts';

const adapted = (item: unknown) => {
  const result = fromNationalDossier(item);
  if (!result.ok) throw new Error(result.error);
  return DossierRecord.parse(result.record);
};

/** What both shapes say alike (absent and null alike): the national one has no version and says more about fees and the result. */
function common(record: DossierRecord) {
  const { version: _version, feeVnd, feesOwed: _fees, supplementNote: _note, resultDelivery, resultDocuments: _documents, resultCounter, ...rest } = record;
  return { ...rest, feeVnd: feeVnd ?? undefined, resultCounter: resultDelivery === 'post' ? undefined : (resultCounter ?? undefined) };
}

/** The kiosk-format record with what a posted result does not say (where to collect it). */
function expected(record: DossierRecord, delivery: string | undefined) {
  const { version: _version, ...rest } = record;
  return { ...rest, feeVnd: record.feeVnd ?? undefined, resultCounter: delivery === 'post' ? undefined : (record.resultCounter ?? undefined) };
}

describe('national-format publishing (--format national)', () => {
  const startSim = useSim();

  it('publishes every dossier with the portal’s field names and no version, which the adapter reads back', async () => {
    const sim = await startSim({ dossiers: 800, format: 'national' });
    const { items } = await readFeed<Record<string, unknown>>(sim, null, 300);
    expect(items).toHaveLength(800);
    expect(items[0]).toMatchObject({ MaHoSo: expect.any(String), TrangThaiHoSo: expect.stringMatching(/^\d+$/), NgayTiepNhan: expect.stringMatching(/^\d{14}$/) });
    for (const item of items) for (const field of ['PhienBan', 'Version', 'NgayCapNhat', 'MaDonVi', 'TenDonVi']) expect(item).not.toHaveProperty(field);
    const all = sim.state.allDossiers();
    expect(items.map((item) => common(adapted(item)))).toEqual(all.map((record, i) => expected(record, items[i]?.HinhThuc === '1' ? 'post' : undefined)));
  });

  it('carries the supplement request, the fee owed and the result the way the portal does', async () => {
    const sim = await startSim({ dossiers: 800, format: 'national' });
    const { items } = await readFeed<Record<string, unknown>>(sim, null, 300);
    const records = sim.state.allDossiers();
    const supplement = records.findIndex((r) => r.status === 5);
    const paying = records.findIndex((r) => r.status === 6);
    const finished = records.findIndex((r, i) => r.status === 9 && items[i]?.HinhThuc === '0');
    expect(Math.min(supplement, paying, finished)).toBeGreaterThanOrEqual(0);
    expect(adapted(items[supplement])).toMatchObject({ missingDocuments: records[supplement]?.missingDocuments, supplementNote: expect.stringMatching(/^Đề nghị bổ sung: /) });
    expect(adapted(items[paying])).toMatchObject({ feeVnd: records[paying]?.feeVnd, feesOwed: [{ name: 'Lệ phí giải quyết thủ tục hành chính', amountVnd: records[paying]?.feeVnd }] });
    expect(adapted(items[finished])).toMatchObject({ resultDelivery: 'counter', resultCounter: records[finished]?.resultCounter, resultDocuments: [expect.stringMatching(/^Kết quả: /)] });
  });

  it('includes personal details the adapter drops', async () => {
    const sim = await startSim({ dossiers: 200, format: 'national' });
    const { items } = await readFeed<Record<string, unknown>>(sim, null);
    let posted = 0;
    for (const item of items) {
      expect(item).toMatchObject({ SoDienThoai: expect.stringMatching(/^09\d{8}$/), SoGiayToChuHoSo: expect.stringMatching(/^0\d{11}$/), Email: expect.any(String), Fax: expect.any(String) });
      const record = JSON.stringify(adapted(item));
      const steps = item.QuaTrinhXuLy as { NguoiXuLy: string }[];
      const personal = [item.SoDienThoai, item.SoGiayToChuHoSo, item.Email, item.Fax, item.MaDoiTuong, ...steps.map((s) => s.NguoiXuLy), 'dvc.example.vn'];
      if (item.HinhThuc === '1' && item.ThongTinTra) {
        posted += 1;
        personal.push(item.ThongTinTra);
      }
      for (const value of personal) expect(record).not.toContain(value);
    }
    expect(posted).toBeGreaterThan(0);
  });

  it('lists processing steps newest first, as such servers do', async () => {
    const sim = await startSim({ dossiers: 50, format: 'national' });
    const { items } = await readFeed<{ QuaTrinhXuLy?: { ThoiDiemXuLy: string }[] }>(sim, null);
    const long = items.find((item) => (item.QuaTrinhXuLy?.length ?? 0) > 2);
    const times = long?.QuaTrinhXuLy?.map((step) => step.ThoiDiemXuLy) ?? [];
    expect(times).toEqual([...times].sort().reverse());
  });

  it('gives every change a higher derived version than what the kiosk holds, deletions included', async () => {
    const sim = await startSim({ dossiers: 300, format: 'national' });
    const first = await readFeed<Record<string, unknown>>(sim, null);
    const before = new Map(first.items.map((item) => [item.MaHoSo, adapted(item).version]));
    sim.advance(40);
    sim.deleteDossiers(5);
    const { items } = await readFeed<Record<string, unknown>>(sim, first.cursor);
    expect(items.length).toBeGreaterThanOrEqual(40);
    for (const item of items) expect(adapted(item).version).toBeGreaterThan(before.get(item.MaHoSo) as number);
  });

  it('marks deletions with DaXoa and answers lookups in the national shape', async () => {
    const sim = await startSim({ dossiers: 100, format: 'national' });
    const { cursor } = await readFeed(sim, null);
    const [deleted] = sim.deleteDossiers(1);
    const { items } = await readFeed<Record<string, unknown>>(sim, cursor);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ MaHoSo: deleted, DaXoa: true });
    expect(adapted(items[0])).toMatchObject({ code: deleted, deleted: true });

    const live = sim.state.allDossiers()[0]!;
    const lookup = await callJson(sim, `/v1/dossiers/${live.code}`);
    expect(adapted(lookup.body).code).toBe(live.code);
    expect(common(adapted(lookup.body))).toEqual(expected(live, (lookup.body as Record<string, unknown>).HinhThuc === '1' ? 'post' : undefined));
  });

  it('breaks national items too when a schema-invalid fault fires', async () => {
    const sim = await startSim({ dossiers: 100, format: 'national' });
    sim.faults.inject({ kind: 'schema-invalid', items: 5 });
    const { items } = await readFeed(sim, null);
    const failures = items.map((item) => fromNationalDossier(item)).filter((r) => !r.ok);
    expect(failures).toHaveLength(5);
  });
});
