import type { DossierRecordInput } from '../../shared/contract/index.ts';

/**
 * Reads a dossier published with the national public-service portal's field names into the
 * kiosk's DossierRecord shape. Only the fields the kiosk shows are carried: phone numbers, ID
 * numbers, addresses, officers' names and anything else are dropped. Errors name the national
 * field; they quote dates, codes and statuses but never personal data.
 */
export type NationalAdapterResult = { ok: true; record: DossierRecordInput } | { ok: false; error: string };

type NationalRecord = Record<string, unknown>;

class FieldError extends Error {}

const VIETNAM_OFFSET_HOURS = 7;
const MAX_TIMELINE = 200;
const TIMESTAMP = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const DOSSIER_CODE = /^(.+)-\d{6}-\d{4,}$/;

const isObject = (value: unknown): value is NationalRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value for an error message, cut short. */
const shown = (value: unknown): string => {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = typeof value;
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

const fail = (field: string, problem: string): never => {
  throw new FieldError(`${field}: ${problem}`);
};

/** The first of `fields` that is present (not undefined), with its name. */
function firstPresent(input: NationalRecord, fields: readonly string[]): [string, unknown] | undefined {
  for (const field of fields) if (input[field] !== undefined) return [field, input[field]];
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `yyyyMMddHHmmss` in Vietnam time (UTC+7) → ISO UTC, or null when it is not a real date and time. */
export function vietnamTimestampToIso(text: string): string | null {
  const parts = TIMESTAMP.exec(text);
  if (!parts) return null;
  const [year, month, day, hour, minute, second] = parts.slice(1).map(Number) as [number, number, number, number, number, number];
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour - VIETNAM_OFFSET_HOURS, minute, second);
  return new Date(utc).toISOString().replace('.000Z', 'Z');
}

function requiredText(input: NationalRecord, field: string): string {
  const value = input[field];
  if (value === undefined || value === null) return fail(field, 'missing');
  if (typeof value !== 'string') return fail(field, `${shown(value)} is not text`);
  if (value.trim() === '') return fail(field, 'empty');
  return value.trim();
}

/** Absent stays absent; null or blank is null. */
function optionalText(field: string, value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string') return fail(field, `${shown(value)} is not text`);
  return value.trim() === '' ? null : value.trim();
}

function timestamp(field: string, value: unknown): string {
  if (value === undefined || value === null) return fail(field, 'missing');
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  const iso = typeof text === 'string' ? vietnamTimestampToIso(text.trim()) : null;
  return iso ?? fail(field, `${shown(value)} is not a yyyyMMddHHmmss date`);
}

/** Absent stays absent; null or blank is null. */
function optionalTimestamp(input: NationalRecord, field: string): string | null | undefined {
  const value = input[field];
  if (value === undefined) return undefined;
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  return timestamp(field, value);
}

function status(input: NationalRecord): number {
  const value = input.TrangThaiHoSo;
  if (value === undefined || value === null) return fail('TrangThaiHoSo', 'missing');
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,2}\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(number) || number < 1 || number > 10) return fail('TrangThaiHoSo', `${shown(value)} is not a status from 1 to 10`);
  return number;
}

function version(input: NationalRecord): number {
  const given = firstPresent(input, ['Version', 'PhienBan']);
  if (given) {
    const [field, value] = given;
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(number) || number < 0) return fail(field, `${shown(value)} is not a version number`);
    return number;
  }
  if (input.NgayCapNhat === undefined || input.NgayCapNhat === null) return fail('Version', 'missing (and no PhienBan or NgayCapNhat)');
  // The last-update time, in whole seconds since 1970, grows with every update.
  return Date.parse(timestamp('NgayCapNhat', input.NgayCapNhat)) / 1000;
}

function agency(input: NationalRecord, code: string): { agencyCode: string; agencyName?: string | null } {
  const unit = input.DonViXuLy;
  const unitObject = isObject(unit) ? unit : {};
  const agencyCode =
    optionalText('MaDonVi', input.MaDonVi) ??
    optionalText('DonViXuLy.MaDonVi', unitObject.MaDonVi) ??
    DOSSIER_CODE.exec(code)?.[1] ??
    fail('MaDonVi', `missing, and MaHoSo ${shown(code)} has no agency prefix`);
  const name =
    input.TenDonVi !== undefined
      ? optionalText('TenDonVi', input.TenDonVi)
      : isObject(unit)
        ? optionalText('DonViXuLy.TenDonVi', unit.TenDonVi)
        : optionalText('DonViXuLy', unit);
  return name === undefined ? { agencyCode } : { agencyCode, agencyName: name };
}

function applicantName(input: NationalRecord): string | null | undefined {
  const given = firstPresent(input, ['ChuHoSo', 'HoTenChuHoSo']);
  if (!given) return undefined;
  const [field, value] = given;
  if (isObject(value)) {
    const name = value.HoTen ?? value.HoVaTen ?? value.HoTenChuHoSo;
    if (name === undefined || name === null || typeof name === 'string') return optionalText(field, name ?? null);
    return fail(`${field}.HoTen`, 'not text');
  }
  if (value === null || typeof value === 'string') return optionalText(field, value);
  return fail(field, 'not a name');
}

function timeline(input: NationalRecord): { at: string; department: string; action: string }[] {
  const steps = input.QuaTrinhXuLy;
  if (steps === undefined || steps === null) return [];
  if (!Array.isArray(steps)) return fail('QuaTrinhXuLy', 'not a list');
  const entries = steps.map((step: unknown, i) => {
    const field = `QuaTrinhXuLy[${i}]`;
    if (!isObject(step)) return fail(field, 'not an object');
    return {
      at: timestamp(`${field}.ThoiDiemXuLy`, step.ThoiDiemXuLy),
      department: optionalText(`${field}.PhongBanXuLy`, step.PhongBanXuLy) ?? '',
      action: optionalText(`${field}.NoiDungXuLy`, step.NoiDungXuLy) ?? '',
    };
  });
  // ISO UTC strings of one format sort as the instants they name; the sort is stable for equal times.
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return entries.slice(-MAX_TIMELINE);
}

function missingDocuments(input: NationalRecord): string[] | undefined {
  const given = firstPresent(input, ['TaiLieuBoSung', 'GiayToCanBoSung']);
  if (!given || given[1] === null) return undefined;
  const [field, value] = given;
  if (!Array.isArray(value)) return fail(field, 'not a list');
  return value.map((item: unknown, i) => (typeof item === 'string' ? item.trim() : fail(`${field}[${i}]`, `${shown(item)} is not text`)));
}

function fee(input: NationalRecord): number | null | undefined {
  const given = firstPresent(input, ['PhiLePhi', 'SoTienPhaiNop']);
  if (!given) return undefined;
  const [field, value] = given;
  if (value === null || value === '') return null;
  const amount =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*(\d{1,3}([.,]\d{3})+|\d+)\s*$/.test(value)
        ? Number(value.replace(/[.,\s]/g, ''))
        : NaN;
  if (!Number.isSafeInteger(amount) || amount < 0) return fail(field, `${shown(value)} is not an amount in đồng`);
  return amount;
}

function deleted(input: NationalRecord): boolean {
  return input.DaXoa === true || input.DaXoa === 1 || input.deleted === true;
}

/** `{ key: value }`, or nothing when the field was absent. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
}

function adapt(input: unknown): DossierRecordInput {
  if (!isObject(input)) return fail('record', 'not an object');
  const code = requiredText(input, 'MaHoSo');
  // Fields are read in this order, so the first error is the first bad field.
  return {
    code,
    version: version(input),
    ...agency(input, code),
    ...optional('procedureCode', optionalText('MaTTHC', input.MaTTHC)),
    procedureName: requiredText(input, 'TenTTHC'),
    ...optional('fieldName', optionalText('TenLinhVuc', input.TenLinhVuc)),
    ...optional('applicantName', applicantName(input)),
    status: status(input),
    receivedAt: timestamp('NgayTiepNhan', input.NgayTiepNhan),
    ...optional('dueAt', optionalTimestamp(input, 'NgayHenTra')),
    ...optional('finishedAt', optionalTimestamp(input, 'NgayKetThucXuLy')),
    ...optional('returnedAt', optionalTimestamp(input, 'NgayTra')),
    ...optional('missingDocuments', missingDocuments(input)),
    ...optional('feeVnd', fee(input)),
    ...optional('resultCounter', optionalText('NoiTraKetQua', input.NoiTraKetQua)),
    timeline: timeline(input),
    ...(deleted(input) ? { deleted: true } : {}),
  };
}

/** Maps one national-format dossier; never throws. */
export function fromNationalDossier(input: unknown): NationalAdapterResult {
  try {
    return { ok: true, record: adapt(input) };
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, error: error.message };
    throw error;
  }
}
