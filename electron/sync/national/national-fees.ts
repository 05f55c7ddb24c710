import type { OwedFee } from '../../../shared/contract/index.ts';
import { amountVnd, clip, objectList, optionalText } from './national-fields.ts';

/**
 * DanhSachLePhi (and a supplement request's DanhSachLePhiBoSung): TenPhiLePhi, MaPhiLePhi,
 * HinhThucThu, Gia, LoaiPhiLePhi (VietOpenCPS createSyncDossierBodyRequest; HuanVu201
 * SyncDataToDVCQG.LePhiDongBoDVC). Some systems add the payment's TrangThai; a fee marked
 * paid ("Đã thanh toán", HuanVu201's trangThaiThanhToan) is not owed. MaPhiLePhi, HinhThucThu
 * and LoaiPhiLePhi are codes the kiosk has no published meaning for, so they are not shown.
 */
export interface NationalFees {
  /** Every fee listed, paid or not: it only grows as a dossier progresses (see national-version.ts). */
  listed: number;
  owed: OwedFee[];
}

const FEE_NAME_FALLBACK = 'Phí, lệ phí';
const MAX_OWED = 20;
const PAID = /^\s*(đã thanh toán|da thanh toan|paid)\s*$/i;

export function readFees(field: string, value: unknown): NationalFees {
  const fees = objectList(field, value);
  const owed: OwedFee[] = [];
  for (const { item, path } of fees) {
    const name = optionalText(`${path}.TenPhiLePhi`, item.TenPhiLePhi) ?? FEE_NAME_FALLBACK;
    const amount = amountVnd(`${path}.Gia`, item.Gia);
    const status = optionalText(`${path}.TrangThai`, item.TrangThai);
    if (status && PAID.test(status.normalize('NFC'))) continue;
    owed.push({ name: clip(name, 300), amountVnd: amount });
  }
  return { listed: fees.length, owed: owed.slice(0, MAX_OWED) };
}

/** What the fees owed add up to, or null when none of them says its amount. */
export function totalVnd(fees: readonly OwedFee[]): number | null {
  const amounts = fees.map((f) => f.amountVnd).filter((a): a is number => a !== null);
  return amounts.length === 0 ? null : amounts.reduce((sum, a) => sum + a, 0);
}
