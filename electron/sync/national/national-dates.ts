import { fail, shown } from './national-fields.ts';

/**
 * Dates as national-format servers write them. The portal's own form is `yyyyMMddHHmmss` in
 * Vietnam time (VietOpenCPS DVCQGIntegrationActionImpl.convertDate2String: "yyyyMMddHHmmss",
 * Asia/Ho_Chi_Minh); exports made by hand or by other systems also carry `dd/MM/yyyy HH:mm:ss`
 * (Vietnamese day-first order, Vietnam time) and ISO 8601 (with its offset, or Vietnam time
 * without one). An empty string means no date.
 */
const VIETNAM_OFFSET_SECONDS = 7 * 3600;
const FIRST_YEAR = 1970;
/** Versions are built from these times (national-version.ts) and must stay safe integers. */
const LAST_YEAR = 2199;

const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export const DATE_FORMATS = 'yyyyMMddHHmmss, dd/MM/yyyy HH:mm:ss or ISO 8601';

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Unix seconds of a wall-clock time `offsetSeconds` ahead of UTC, or null when it is not a real time. */
function toUnix(parts: (string | undefined)[], offsetSeconds: number): number | null {
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts.map((p) => (p === undefined ? undefined : Number(p)));
  if (year === undefined || month === undefined || day === undefined) return null;
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - offsetSeconds;
}

function isoOffsetSeconds(zone: string | undefined): number | null {
  if (zone === undefined) return VIETNAM_OFFSET_SECONDS;
  if (zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5));
  if (hours > 14 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
}

/** Unix seconds of a date in any of the accepted forms, or null. */
export function nationalDateToUnix(text: string): number | null {
  const value = text.trim();
  const compact = COMPACT.exec(value);
  if (compact) return toUnix(compact.slice(1), VIETNAM_OFFSET_SECONDS);
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) {
    const [, day, month, year, hour, minute, second] = dayFirst;
    return toUnix([year, month, day, hour, minute, second], VIETNAM_OFFSET_SECONDS);
  }
  const iso = ISO.exec(value);
  if (iso) {
    const offset = isoOffsetSeconds(iso[7]);
    return offset === null ? null : toUnix(iso.slice(1, 7), offset);
  }
  return null;
}

/** `yyyyMMddHHmmss` in Vietnam time (UTC+7) → ISO UTC, or null when it is not a real date and time. */
export function vietnamTimestampToIso(text: string): string | null {
  if (!COMPACT.test(text)) return null;
  const seconds = nationalDateToUnix(text);
  return seconds === null ? null : unixToIso(seconds);
}

export const unixToIso = (seconds: number): string => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/** A required date; a 14-digit number is read as its digits. */
export function requiredDate(field: string, value: unknown): number {
  if (value === undefined || value === null) return fail(field, 'missing');
  if (value === '') return fail(field, 'empty');
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  const seconds = typeof text === 'string' ? nationalDateToUnix(text) : null;
  return seconds ?? fail(field, `${shown(value)} is not a date (${DATE_FORMATS})`);
}

/** Absent stays absent; null or blank is null. */
export function optionalDate(field: string, value: unknown): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  return requiredDate(field, value);
}
