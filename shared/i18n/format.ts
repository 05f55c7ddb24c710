/**
 * Dates, times and money as Vietnamese screens and receipts write them, in Vietnam time
 * whatever the machine's zone: `dd/MM/yyyy`, `HH:mm` (24-hour), `1.250.000 ₫`.
 * `Intl` gets explicit options (vi-VN's `dateStyle: 'short'` would give `4/10/23`) and the
 * result is assembled from parts, so the pattern does not depend on the ICU build.
 * English screens use the same forms: they are the ones printed on the receipt.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateTimeParts = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const vndNumber = new Intl.NumberFormat('vi-VN', {
  style: 'decimal',
  useGrouping: true,
  maximumFractionDigits: 0,
});

/** What the kiosk shows for a date it cannot read (never an exception on screen). */
export const UNKNOWN_VALUE = '—';

export type DateInput = Date | string | number;

interface VietnamParts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

function toVietnamParts(value: DateInput): VietnamParts | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of dateTimeParts.formatToParts(date)) parts[part.type] = part.value;
  const { day, month, year, hour, minute } = parts;
  if (!day || !month || !year || !hour || !minute) return null;
  return { day, month, year, hour: hour === '24' ? '00' : hour, minute };
}

/** `dd/MM/yyyy` in Vietnam time. */
export function formatDate(value: DateInput): string {
  const p = toVietnamParts(value);
  return p ? `${p.day}/${p.month}/${p.year}` : UNKNOWN_VALUE;
}

/** `HH:mm` (24-hour) in Vietnam time. */
export function formatTime(value: DateInput): string {
  const p = toVietnamParts(value);
  return p ? `${p.hour}:${p.minute}` : UNKNOWN_VALUE;
}

/** `HH:mm dd/MM/yyyy` in Vietnam time, as in "Dữ liệu cập nhật lúc 14:05 15/09/2023". */
export function formatDateTime(value: DateInput): string {
  const p = toVietnamParts(value);
  return p ? `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}` : UNKNOWN_VALUE;
}

/**
 * `1.250.000 ₫`: dot as thousands separator, the đồng sign after a no-break space
 * (U+00A0) so the sign never wraps onto a line of its own.
 */
export function formatVnd(amount: number): string {
  if (!Number.isFinite(amount)) return UNKNOWN_VALUE;
  return `${vndNumber.format(Math.round(amount))}\u00a0₫`;
}
