import type { DossierStatus } from '../../../shared/contract/index.ts';
import { statusName } from '../../../shared/i18n/index.ts';
import { fail, shown } from './national-fields.ts';

function statusCode(value: unknown): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,2}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(number) && number >= 1 && number <= 10 ? number : null;
}

export function readStatus(value: unknown): number {
  if (value === undefined || value === null) return fail('TrangThaiHoSo', 'missing');
  return statusCode(value) ?? fail('TrangThaiHoSo', `${shown(value)} is not a status from 1 to 10`);
}

/**
 * A step's status (TrangThai) in the citizen's words ("Đã tiếp nhận", not the register's
 * "Được tiếp nhận"), for a step the server left without a description; null when it is not one.
 */
export function nationalStatusName(value: unknown): string | null {
  const code = statusCode(value);
  return code === null ? null : statusName('vi', code as DossierStatus);
}
