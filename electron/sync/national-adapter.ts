import type { DossierRecordInput } from '../../shared/contract/index.ts';
import { optionalDate, requiredDate, unixToIso } from './national/national-dates.ts';
import { readFees, totalVnd } from './national/national-fees.ts';
import { FieldError, clip, fail, firstPresent, flag, isObject, optionalText, requiredText } from './national/national-fields.ts';
import type { NationalRecord } from './national/national-fields.ts';
import { readCounter, readDelivery, readResultDocuments } from './national/national-result.ts';
import { readStatus } from './national/national-status.ts';
import { MAX_TIMELINE, readSteps } from './national/national-steps.ts';
import { dueDate, openRequest, readSupplementRequests } from './national/national-supplement.ts';
import { derivedVersion, explicitVersion, progressFacts } from './national/national-version.ts';

export { vietnamTimestampToIso } from './national/national-dates.ts';

/**
 * Reads a dossier published with the national public-service portal's field names
 * (docs/national-format.md) into the kiosk's DossierRecord shape. Only what the citizen is
 * shown is read: phone numbers, e-mail, fax, ID numbers, addresses, the applicant's portal id
 * (MaDoiTuong), other notes (ThongTinKhac, TrichYeuHoSo, GhiChu), officers' names and titles
 * and download links are never read, so they cannot be stored or logged. Errors name the
 * national field; they quote dates, codes, statuses and amounts, never personal data.
 */
export type NationalAdapterResult = { ok: true; record: DossierRecordInput } | { ok: false; error: string };

const DOSSIER_CODE = /^(.+)-\d{6}-\d{4,}$/;
const SUPPLEMENT_REQUESTED = 5;

function agency(input: NationalRecord, code: string): { agencyCode: string; agencyName?: string | null } {
  const unit = input.DonViXuLy;
  const unitObject = isObject(unit) ? unit : {};
  const agencyCode =
    optionalText('MaDonVi', input.MaDonVi) ??
    optionalText('DonViXuLy.MaDonVi', unitObject.MaDonVi) ??
    DOSSIER_CODE.exec(code)?.[1] ??
    fail('MaDonVi', `missing, and MaHoSo ${JSON.stringify(code.slice(0, 40))} has no agency prefix`);
  const name =
    input.TenDonVi !== undefined
      ? optionalText('TenDonVi', input.TenDonVi)
      : isObject(unit)
        ? optionalText('DonViXuLy.TenDonVi', unit.TenDonVi)
        : optionalText('DonViXuLy', unit);
  if (name === undefined) return { agencyCode };
  return { agencyCode, agencyName: name === null ? null : clip(name, 300) };
}

/** TenTTHC; VietOpenCPS sends it blank when its own catalogue lookup failed, then MaTTHC names it. */
function procedureName(input: NationalRecord, procedureCode: string | null | undefined): string {
  const name = optionalText('TenTTHC', input.TenTTHC);
  if (name) return clip(name, 500);
  if (procedureCode) return `Thủ tục hành chính mã ${procedureCode}`;
  return requiredText(input, 'TenTTHC');
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
  if (value === null || typeof value === 'string') {
    const name = optionalText(field, value);
    return name ? clip(name, 200) : name;
  }
  return fail(field, 'not a name');
}

/** `{ key: value }`, or nothing when the field was absent. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
}

/** Codes are never cut short: a cut code would name another dossier or procedure. */
const withinLength = (field: string, text: string, max: number): string => (text.length <= max ? text : fail(field, `longer than ${max} characters`));

const isoOrNull = (seconds: number | null | undefined): string | null | undefined => (seconds === undefined ? undefined : seconds === null ? null : unixToIso(seconds));

function adapt(input: unknown): DossierRecordInput {
  if (!isObject(input)) return fail('record', 'not an object');
  // Fields are read in this order, so the first error is the first bad field.
  const code = withinLength('MaHoSo', requiredText(input, 'MaHoSo'), 64);
  const given = explicitVersion(input);
  const where = agency(input, code);
  const givenProcedureCode = optionalText('MaTTHC', input.MaTTHC);
  const procedureCode = givenProcedureCode ? withinLength('MaTTHC', givenProcedureCode, 32) : givenProcedureCode;
  const procedure = procedureName(input, procedureCode);
  const fieldName = optionalText('TenLinhVuc', input.TenLinhVuc);
  const applicant = applicantName(input);
  const status = readStatus(input.TrangThaiHoSo);
  const receivedAt = requiredDate('NgayTiepNhan', input.NgayTiepNhan);
  const dueAt = optionalDate('NgayHenTra', input.NgayHenTra);
  const finishedAt = optionalDate('NgayKetThucXuLy', input.NgayKetThucXuLy);
  const returnedAt = optionalDate('NgayTra', input.NgayTra);
  const updatedAt = optionalDate('NgayCapNhat', input.NgayCapNhat);
  const deletedAt = optionalDate('NgayXoa', input.NgayXoa);
  const steps = readSteps(input.QuaTrinhXuLy);
  const requests = readSupplementRequests(input.DanhSachHoSoBoSung);
  const fees = readFees('DanhSachLePhi', input.DanhSachLePhi);
  const delivery = readDelivery(input.HinhThuc);
  const counter = readCounter(delivery, input.ThongTinTra);
  const resultDocuments = readResultDocuments(input.DanhSachGiayToKetQua);
  const deleted = flag(input.DaXoa);

  const awaiting = status === SUPPLEMENT_REQUESTED;
  const open = openRequest(requests, awaiting);
  const feesOwed = [...fees.owed, ...(open?.fees ?? [])].slice(0, 20);
  const version =
    given ??
    derivedVersion(
      progressFacts({
        times: [receivedAt, finishedAt, returnedAt, updatedAt, deletedAt],
        steps,
        requests,
        feesListed: fees.listed,
        resultDocuments: resultDocuments.length,
        finished: Boolean(finishedAt),
        returned: Boolean(returnedAt),
        deleted,
      }),
    );
  const listedFees = input.DanhSachLePhi !== undefined || open !== undefined;

  return {
    code,
    version,
    ...where,
    ...optional('procedureCode', procedureCode),
    procedureName: procedure,
    ...optional('fieldName', fieldName ? clip(fieldName, 300) : fieldName),
    ...optional('applicantName', applicant),
    status,
    receivedAt: unixToIso(receivedAt),
    ...optional('dueAt', isoOrNull(dueDate(dueAt, requests, awaiting))),
    ...optional('finishedAt', isoOrNull(finishedAt)),
    ...optional('returnedAt', isoOrNull(returnedAt)),
    ...(open ? { missingDocuments: open.documents, supplementNote: open.note } : {}),
    ...(listedFees ? { feesOwed, feeVnd: totalVnd(feesOwed) } : {}),
    ...optional('resultDelivery', delivery),
    ...optional('resultCounter', counter),
    ...(resultDocuments.length > 0 ? { resultDocuments } : {}),
    timeline: steps.slice(-MAX_TIMELINE).map((s) => ({ at: unixToIso(s.at), department: s.department, action: s.action })),
    ...(deleted ? { deleted: true } : {}),
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
