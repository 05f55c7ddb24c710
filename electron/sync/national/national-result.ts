import type { ResultDelivery } from '../../../shared/contract/index.ts';
import { clip, fail, objectList, optionalText, shown } from './national-fields.ts';

/**
 * How the result is handed over and what it consists of. HinhThuc: "0" at the counter, "1" by
 * post (VietOpenCPS sets 1 when the dossier is to be posted, `viaPostal`; HuanVu201 sets
 * HinhThucTra "1" when the applicant registers for postal return). DanhSachGiayToKetQua:
 * TenGiayTo, with MaGiayToKetQua, GiayToId and DuongDanTepTinKetQua (a download link, never
 * stored).
 */
export function readDelivery(value: unknown): ResultDelivery | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value === '') return null;
  const code = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (code === '0') return 'counter';
  if (code === '1') return 'post';
  return fail('HinhThuc', `${shown(value)} is not 0 (at the counter) or 1 (by post)`);
}

/**
 * ThongTinTra is free text about the hand-over. For a result collected at the counter it says
 * where; for a posted one it may hold the applicant's address, so it is not read then.
 */
export function readCounter(delivery: ResultDelivery | null | undefined, value: unknown): string | null | undefined {
  if (delivery !== 'counter') return undefined;
  const text = optionalText('ThongTinTra', value);
  return text ? clip(text, 200) : text;
}

const MAX_DOCUMENTS = 50;

export function readResultDocuments(value: unknown): string[] {
  const names = objectList('DanhSachGiayToKetQua', value).flatMap(({ item, path }) => {
    const name = optionalText(`${path}.TenGiayTo`, item.TenGiayTo);
    return name ? [clip(name, 300)] : [];
  });
  return names.slice(0, MAX_DOCUMENTS);
}
