import { fail, shown } from './national-fields.ts';

/** The portal's names of its dossier statuses (TrangThaiHoSo), as DESIGN lists them. */
const STATUS_NAMES: Record<number, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

function statusCode(value: unknown): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,2}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(number) && number >= 1 && number <= 10 ? number : null;
}

export function readStatus(value: unknown): number {
  if (value === undefined || value === null) return fail('TrangThaiHoSo', 'missing');
  return statusCode(value) ?? fail('TrangThaiHoSo', `${shown(value)} is not a status from 1 to 10`);
}

/** A step's status (TrangThai) as the portal names it, or null when it is not one. */
export function nationalStatusName(value: unknown): string | null {
  const code = statusCode(value);
  return code === null ? null : (STATUS_NAMES[code] ?? null);
}
