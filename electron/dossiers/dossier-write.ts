import type { DossierRecord } from '../../shared/contract/index.ts';

/** A validated dossier ready for the store: times as unix seconds, strings not yet interned. */
export interface DossierWrite {
  code: string;
  version: number;
  deleted: boolean;
  agencyCode: string;
  agencyName: string | null;
  procedureCode: string | null;
  procedureName: string;
  fieldName: string | null;
  applicantName: string | null;
  status: number;
  receivedAt: number;
  dueAt: number | null;
  finishedAt: number | null;
  returnedAt: number | null;
  missingDocuments: readonly string[];
  feeVnd: number | null;
  resultCounter: string | null;
  timeline: readonly (readonly [at: number, department: string, action: string])[];
}

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Unix seconds of a strict `YYYY-MM-DDTHH:MM:SS(.f)Z` with a real calendar date, or null. */
export function isoToUnixSeconds(value: string): number | null {
  const m = ISO_UTC.exec(value);
  if (!m) return null;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const hour = +m[4]!;
  const minute = +m[5]!;
  const second = +m[6]!;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (days === undefined || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) return null;
  // Date.UTC reads years 0–99 as 1900–1999.
  if (year < 100) return Math.floor(Date.parse(value) / 1000);
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
}

const requiredIso = (value: string): number => isoToUnixSeconds(value)!;
const optionalIso = (value: string | null | undefined): number | null => (value ? requiredIso(value) : null);

/** From a record the contract's schema accepted. */
export function fromDossierRecord(r: DossierRecord): DossierWrite {
  return {
    code: r.code.toUpperCase(),
    version: r.version,
    deleted: r.deleted === true,
    agencyCode: r.agencyCode.toUpperCase(),
    agencyName: r.agencyName ?? null,
    procedureCode: r.procedureCode ?? null,
    procedureName: r.procedureName,
    fieldName: r.fieldName ?? null,
    applicantName: r.applicantName ?? null,
    status: r.status,
    receivedAt: requiredIso(r.receivedAt),
    dueAt: optionalIso(r.dueAt),
    finishedAt: optionalIso(r.finishedAt),
    returnedAt: optionalIso(r.returnedAt),
    missingDocuments: r.missingDocuments ?? [],
    feeVnd: r.feeVnd ?? null,
    resultCounter: r.resultCounter ?? null,
    timeline: r.timeline.map((t) => [requiredIso(t.at), t.department, t.action] as const),
  };
}
