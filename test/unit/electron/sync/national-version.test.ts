import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromNationalDossier } from '../../../../electron/sync/national-adapter.ts';

/**
 * The derived version against what a one-stop system does to a dossier over its life, as the
 * portal's services carry it: new processing steps (CapNhatTienDoHoSoMC), a status re-sent,
 * finish and return dates, supplement requests and their answers, fees and their payment,
 * result documents, a moved due date, a change of how the result is handed over.
 */
interface PortalDossier {
  receivedAt: number;
  status: number;
  dueAt: number | null;
  finishedAt: number | null;
  returnedAt: number | null;
  delivery: '0' | '1';
  steps: { at: number; status: number; action: string }[];
  requests: { askedAt: number; answeredAt: number | null; newDueAt: number | null; documents: string[] }[];
  fees: { name: string; amount: number; paid: boolean }[];
  results: string[];
}

type Action =
  | { kind: 'step'; at: number; status: number }
  | { kind: 'status'; status: number }
  | { kind: 'finish'; at: number }
  | { kind: 'return'; at: number }
  | { kind: 'ask'; at: number; newDueAt: number | null; documents: string[] }
  | { kind: 'answer'; at: number }
  | { kind: 'fee'; amount: number }
  | { kind: 'pay' }
  | { kind: 'result'; name: string }
  | { kind: 'move-due'; at: number }
  | { kind: 'delivery'; post: boolean };

/** Actions that add something to the dossier's record: the kiosk must take them as newer. */
const ADDS = new Set<Action['kind']>(['step', 'finish', 'return', 'ask', 'answer', 'fee', 'result']);

const START = Date.UTC(2020, 0, 1) / 1000;
const YEAR = 366 * 86400;
const second = fc.integer({ min: START, max: START + 5 * YEAR });
const status = fc.integer({ min: 1, max: 10 });

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('step' as const), at: second, status }),
  fc.record({ kind: fc.constant('status' as const), status }),
  fc.record({ kind: fc.constant('finish' as const), at: second }),
  fc.record({ kind: fc.constant('return' as const), at: second }),
  fc.record({ kind: fc.constant('ask' as const), at: second, newDueAt: fc.option(second), documents: fc.array(fc.constantFrom('Tờ khai', 'Giấy chứng sinh', 'Bản sao sổ đỏ'), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('answer' as const), at: second }),
  fc.record({ kind: fc.constant('fee' as const), amount: fc.integer({ min: 0, max: 5_000_000 }) }),
  fc.record({ kind: fc.constant('pay' as const) }),
  fc.record({ kind: fc.constant('result' as const), name: fc.constantFrom('Giấy chứng nhận', 'Trích lục', 'Quyết định') }),
  fc.record({ kind: fc.constant('move-due' as const), at: second }),
  fc.record({ kind: fc.constant('delivery' as const), post: fc.boolean() }),
);

const initial: fc.Arbitrary<PortalDossier> = fc.record({ receivedAt: second, dueAt: fc.option(second) }).map(({ receivedAt, dueAt }) => ({
  receivedAt,
  status: 2,
  dueAt,
  finishedAt: null,
  returnedAt: null,
  delivery: '0',
  steps: [{ at: receivedAt, status: 2, action: 'Tiếp nhận hồ sơ' }],
  requests: [],
  fees: [],
  results: [],
}));

/** The action applied, or null when the portal would not do it in this state (nothing to answer or pay, a date already set). */
function apply(d: PortalDossier, a: Action): PortalDossier | null {
  switch (a.kind) {
    case 'step':
      return { ...d, status: a.status, steps: [...d.steps, { at: a.at, status: a.status, action: `Bước ${d.steps.length + 1}` }] };
    case 'status':
      return { ...d, status: a.status };
    case 'finish':
      return d.finishedAt === null ? { ...d, finishedAt: a.at } : null;
    case 'return':
      return d.returnedAt === null ? { ...d, returnedAt: a.at } : null;
    case 'ask':
      return { ...d, status: 5, requests: [...d.requests, { askedAt: a.at, answeredAt: null, newDueAt: a.newDueAt, documents: a.documents }] };
    case 'answer': {
      const open = d.requests.findIndex((r) => r.answeredAt === null);
      if (open < 0) return null;
      return { ...d, requests: d.requests.map((r, i) => (i === open ? { ...r, answeredAt: a.at } : r)) };
    }
    case 'fee':
      return { ...d, fees: [...d.fees, { name: `Lệ phí ${d.fees.length + 1}`, amount: a.amount, paid: false }] };
    case 'pay': {
      const unpaid = d.fees.findIndex((f) => !f.paid);
      return unpaid < 0 ? null : { ...d, fees: d.fees.map((f, i) => (i === unpaid ? { ...f, paid: true } : f)) };
    }
    case 'result':
      return { ...d, results: [...d.results, a.name] };
    case 'move-due':
      return { ...d, dueAt: a.at };
    case 'delivery':
      return { ...d, delivery: a.post ? '1' : '0' };
  }
}

/** yyyyMMddHHmmss in Vietnam time, "" for none. */
const stamp = (seconds: number | null): string => (seconds === null ? '' : new Date((seconds + 7 * 3600) * 1000).toISOString().slice(0, 19).replace(/\D/g, ''));

/** The dossier as DongBoHoSoMC carries it; `order` reverses or rotates the lists as servers do. */
function published(d: PortalDossier, order = 0): Record<string, unknown> {
  const arrange = <T,>(list: T[]): T[] => (order === 0 ? list : order === 1 ? [...list].reverse() : [...list.slice(1), ...list.slice(0, 1)]);
  return {
    MaHoSo: '000.22.12.H53-200101-0001',
    MaTTHC: '1.004873',
    TenTTHC: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
    TrangThaiHoSo: String(d.status),
    NgayTiepNhan: stamp(d.receivedAt),
    NgayHenTra: stamp(d.dueAt),
    NgayKetThucXuLy: stamp(d.finishedAt),
    NgayTra: stamp(d.returnedAt),
    HinhThuc: d.delivery,
    ThongTinTra: '',
    SoDienThoai: '0912345678',
    QuaTrinhXuLy: arrange(d.steps.map((s) => ({ NguoiXuLy: 'Lê Văn Hùng', ThoiDiemXuLy: stamp(s.at), NoiDungXuLy: s.action, TrangThai: String(s.status), PhongBanXuLy: '' }))),
    DanhSachHoSoBoSung: arrange(
      d.requests.map((r, i) => ({
        HoSoBoSungId: i + 1,
        NoiDungBoSung: 'Bổ sung giấy tờ',
        NgayBoSung: stamp(r.askedAt),
        TrangThaiBoSung: r.answeredAt !== null,
        NgayTiepNhanBoSung: stamp(r.answeredAt),
        DanhSachGiayToBoSung: r.documents.map((TenGiayTo) => ({ TenGiayTo })),
        NgayHenTraTruoc: stamp(d.dueAt),
        NgayHenTraMoi: stamp(r.newDueAt),
      })),
    ),
    DanhSachLePhi: arrange(d.fees.map((f) => ({ TenPhiLePhi: f.name, Gia: String(f.amount), TrangThai: f.paid ? 'Đã thanh toán' : 'Chưa thanh toán' }))),
    DanhSachGiayToKetQua: arrange(d.results.map((TenGiayTo) => ({ TenGiayTo }))),
  };
}

function versionOf(record: Record<string, unknown>): number {
  const result = fromNationalDossier(record);
  if (!result.ok) throw new Error(result.error);
  return result.record.version;
}

describe('the version derived for national dossiers', () => {
  it('never goes down as the portal moves a dossier on, and goes up whenever something is added', () => {
    fc.assert(
      fc.property(initial, fc.array(action, { minLength: 1, maxLength: 25 }), (start, actions) => {
        let dossier = start;
        let version = versionOf(published(dossier));
        for (const a of actions) {
          const next = apply(dossier, a);
          if (next === null) continue;
          const nextVersion = versionOf(published(next));
          if (ADDS.has(a.kind)) expect(nextVersion).toBeGreaterThan(version);
          else expect(nextVersion).toBeGreaterThanOrEqual(version);
          dossier = next;
          version = nextVersion;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is the same for the same dossier delivered again, in whatever order its lists come', () => {
    fc.assert(
      fc.property(initial, fc.array(action, { maxLength: 25 }), (start, actions) => {
        const dossier = actions.reduce((d, a) => apply(d, a) ?? d, start);
        const version = versionOf(published(dossier));
        expect(versionOf(published(dossier))).toBe(version);
        expect(versionOf(published(dossier, 1))).toBe(version);
        expect(versionOf(published(dossier, 2))).toBe(version);
        expect(Number.isSafeInteger(version)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
