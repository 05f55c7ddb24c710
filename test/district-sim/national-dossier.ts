import type { DossierRecord } from '../../shared/contract/dossier.ts';
import { applicantName } from './applicant-names.ts';
import type { DossierNow } from './district-data.ts';
import { reachedAt } from './kiosk-json.ts';
import { Random, hash32 } from './random.ts';
import { nationalTimestamp } from './vietnam-calendar.ts';

/**
 * A dossier as a provincial one-stop system publishes it to the national portal (DongBoHoSoMC
 * with its processing steps from CapNhatTienDoHoSoMC merged in; docs/national-format.md):
 * dates as `yyyyMMddHHmmss` Vietnam time with "" for none, status as a string, no version, the
 * newest step first, the agency by name only, and the personal details the kiosk must drop
 * (phone, e-mail, fax, portal id, officers' names and titles, a postal address).
 * `DaXoa` and `NgayXoa` mark a tombstone: this protocol's addition, not the portal's.
 */
export type NationalDossier = Record<string, unknown>;

const FEE_NAME = 'Lệ phí giải quyết thủ tục hành chính';
const PAID = 'Đã thanh toán';
const UNPAID = 'Chưa thanh toán';

const stamp = (seconds: number | undefined): string => (seconds === undefined ? '' : nationalTimestamp(seconds));
const fromIso = (iso: string | null | undefined): string => (iso ? nationalTimestamp(Date.parse(iso) / 1000) : '');

function personalDetails(index: number) {
  const random = new Random(hash32(0x9e7a, index));
  const digits = (n: number): string => Array.from({ length: n }, () => random.int(0, 9)).join('');
  return {
    SoDienThoai: `09${digits(8)}`,
    SoGiayToChuHoSo: `0${random.int(10, 96)}${random.int(0, 3)}${digits(8)}`,
    Email: `congdan${digits(5)}@example.vn`,
    Fax: `0243${digits(7)}`,
    MaDoiTuong: `dvcqg-${digits(10)}`,
    postalAddress: `Số ${random.int(1, 200)} đường Bến Mây, thôn ${random.int(1, 12)}, xã Suối Ngọc, tỉnh Bình Lam`,
    byPost: random.int(0, 9) === 0,
    officer: () => applicantName(random.int(0, 100_000)),
  };
}

/** The supplement request of a dossier that reached status 5: open while it is there, received after. */
function supplementRequests(d: DossierNow, record: DossierRecord, officer: () => string): unknown[] {
  const askedAt = reachedAt(d, 5);
  if (askedAt === undefined) return [];
  const step = d.plan.path.indexOf(5);
  const answeredAt = step < d.step ? d.times[step + 1] : undefined;
  const documents = d.plan.missingDocuments;
  return [
    {
      HoSoBoSungId: 1,
      NguoiYeuCauBoSung: officer(),
      NoiDungBoSung: `Đề nghị bổ sung: ${documents.join('; ')}`,
      NgayBoSung: stamp(askedAt),
      NguoiTiepNhanBoSung: answeredAt === undefined ? '' : officer(),
      ThongTinTiepNhan: '',
      NgayTiepNhanBoSung: stamp(answeredAt),
      TrangThaiBoSung: answeredAt !== undefined,
      DanhSachGiayToBoSung: documents.map((name) => ({ TenGiayTo: name })),
      DanhSachLePhiBoSung: [],
      NgayHenTraTruoc: fromIso(record.dueAt),
      NgayHenTraMoi: fromIso(record.dueAt),
    },
  ];
}

/** The fee asked at status 6: unpaid while the dossier is there, paid after. */
function fees(d: DossierNow): unknown[] {
  if (reachedAt(d, 6) === undefined) return [];
  const paid = d.plan.path[d.step] !== 6;
  return [{ TenPhiLePhi: FEE_NAME, MaPhiLePhi: '', HinhThucThu: '1', Gia: String(d.plan.obligationVnd), LoaiPhiLePhi: '2', TrangThai: paid ? PAID : UNPAID }];
}

export function nationalDossier(d: DossierNow, record: DossierRecord): NationalDossier {
  const common = {
    MaHoSo: record.code,
    TenTTHC: record.procedureName,
    TrangThaiHoSo: String(record.status),
    NgayTiepNhan: fromIso(record.receivedAt),
  };
  if (record.deleted) return { ...common, DaXoa: true, NgayXoa: stamp((d.times[d.times.length - 1] as number) + 1) };
  const personal = personalDetails(d.plan.index);
  const finished = record.status === 9 || record.status === 10;
  return {
    ...common,
    MaTTHC: record.procedureCode,
    MaLinhVuc: d.plan.procedure.fieldCode,
    TenLinhVuc: record.fieldName,
    ChuHoSo: record.applicantName,
    LoaiDoiTuong: '1',
    MaDoiTuong: personal.MaDoiTuong,
    ThongTinKhac: '',
    Email: personal.Email,
    Fax: personal.Fax,
    SoDienThoai: personal.SoDienThoai,
    SoGiayToChuHoSo: personal.SoGiayToChuHoSo,
    TrichYeuHoSo: record.procedureName,
    KenhThucHien: d.plan.online ? '2' : '1',
    NgayHenTra: fromIso(record.dueAt),
    NgayKetThucXuLy: fromIso(record.finishedAt),
    NgayTra: fromIso(record.returnedAt),
    HinhThuc: personal.byPost ? '1' : '0',
    ThongTinTra: !finished ? '' : personal.byPost ? personal.postalAddress : (record.resultCounter ?? ''),
    DonViXuLy: record.agencyName,
    GhiChu: '',
    DanhSachLePhi: fees(d),
    DanhSachHoSoBoSung: supplementRequests(d, record, personal.officer),
    DanhSachGiayToKetQua: finished ? [{ TenGiayTo: `Kết quả: ${record.procedureName}`, MaGiayToKetQua: '', GiayToId: String(d.plan.index), DuongDanTepTinKetQua: `https://dvc.example.vn/ketqua/${d.plan.index}.pdf` }] : [],
    QuaTrinhXuLy: [...record.timeline].reverse().map((entry) => ({
      MaHoSo: record.code,
      NguoiXuLy: personal.officer(),
      ChucDanh: 'Chuyên viên',
      ThoiDiemXuLy: fromIso(entry.at),
      PhongBanXuLy: entry.department,
      NoiDungXuLy: entry.action,
      TrangThai: '',
      NgayBatDau: '',
      NgayKetThucTheoQuyDinh: '',
    })),
  };
}
