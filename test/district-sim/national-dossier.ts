import type { DossierRecord } from '../../shared/contract/dossier.ts';
import { applicantName } from './applicant-names.ts';
import type { DossierNow } from './district-data.ts';
import { Random, hash32 } from './random.ts';
import { nationalTimestamp } from './vietnam-calendar.ts';

/**
 * A dossier as a server speaking the national portal's field names publishes it: dates as
 * `yyyyMMddHHmmss` Vietnam time, status as a string, the newest processing step first, and
 * personal details (phone, ID number, address, officers' names) that the kiosk must drop.
 * `DaXoa` (deleted) marks a tombstone; it is this protocol's addition, not the portal's.
 */
export type NationalDossier = Record<string, unknown>;

const timestamp = (iso: string | null | undefined): string => (iso ? nationalTimestamp(Date.parse(iso) / 1000) : '');

function personalDetails(index: number) {
  const random = new Random(hash32(0x9e7a, index));
  const digits = (n: number): string => Array.from({ length: n }, () => random.int(0, 9)).join('');
  return {
    SoDienThoai: `09${digits(8)}`,
    SoGiayTo: `0${random.int(10, 96)}${random.int(0, 3)}${digits(8)}`,
    DiaChi: `Thôn ${random.int(1, 12)}, huyện Sông Mây, tỉnh Bình Lam`,
    Email: `congdan${digits(5)}@example.vn`,
    officer: () => applicantName(random.int(0, 100_000)),
  };
}

export function nationalDossier(d: DossierNow, record: DossierRecord): NationalDossier {
  const { plan } = d;
  const common = {
    MaHoSo: record.code,
    PhienBan: record.version,
    NgayCapNhat: nationalTimestamp(d.times[d.times.length - 1] as number),
    MaDonVi: record.agencyCode,
    TenTTHC: record.procedureName,
    TrangThaiHoSo: String(record.status),
    NgayTiepNhan: timestamp(record.receivedAt),
  };
  if (record.deleted) return { ...common, DaXoa: true };
  const personal = personalDetails(plan.index);
  return {
    ...common,
    MaTTHC: record.procedureCode,
    MaLinhVuc: plan.procedure.fieldCode,
    TenLinhVuc: record.fieldName,
    TenDonVi: record.agencyName,
    ChuHoSo: record.applicantName,
    SoDienThoai: personal.SoDienThoai,
    SoGiayTo: personal.SoGiayTo,
    DiaChi: personal.DiaChi,
    Email: personal.Email,
    KenhNop: plan.online ? 'Trực tuyến' : 'Trực tiếp',
    NgayHenTra: timestamp(record.dueAt),
    NgayKetThucXuLy: timestamp(record.finishedAt),
    NgayTra: timestamp(record.returnedAt),
    ...(record.missingDocuments ? { TaiLieuBoSung: record.missingDocuments } : {}),
    ...(record.feeVnd !== undefined ? { PhiLePhi: record.feeVnd } : {}),
    ...(record.resultCounter !== undefined ? { NoiTraKetQua: record.resultCounter } : {}),
    QuaTrinhXuLy: [...record.timeline].reverse().map((entry) => ({
      PhongBanXuLy: entry.department,
      NoiDungXuLy: entry.action,
      ThoiDiemXuLy: timestamp(entry.at),
      CanBoXuLy: personal.officer(),
    })),
  };
}
