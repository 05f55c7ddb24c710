import type { DossierRecord } from '../../shared/contract/index.ts';
import { detailsOfRecord } from './dossier-details.ts';
import type { DossierDetails } from './dossier-details.ts';

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
  /** Absent or null: the record carried none. */
  details?: DossierDetails | null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Two ASCII digits at `i` as a number, or -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Unix seconds of a strict `YYYY-MM-DDTHH:MM:SS(.f)Z` with a real calendar date, or null.
 * Hand-parsed: a sync reads several per dossier, a million dossiers at a time.
 */
export function isoToUnixSeconds(value: string): number | null {
  const n = value.length;
  if (n < 20 || value.charCodeAt(n - 1) !== 90 /* Z */) return null;
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':') return null;
  const hi = digits2(value, 0);
  const lo = digits2(value, 2);
  const month = digits2(value, 5);
  const day = digits2(value, 8);
  const hour = digits2(value, 11);
  const minute = digits2(value, 14);
  const second = digits2(value, 17);
  if (hi < 0 || lo < 0) return null;
  if (n > 20) {
    if (value[19] !== '.' || n < 22) return null;
    for (let i = 20; i < n - 1; i += 1) {
      const c = value.charCodeAt(i);
      if (c < 48 || c > 57) return null;
    }
  }
  const year = hi * 100 + lo;
  const seconds = utcSeconds(year, month, day, hour, minute, second);
  // Date.UTC reads years 0–99 as 1900–1999.
  return seconds !== null && year < 100 ? Math.floor(Date.parse(value) / 1000) : seconds;
}

/**
 * Unix seconds of a UTC date and time, or null when the calendar has no such date or the clock no
 * such time (only years from 100 on are read as written: Date.UTC reads 0–99 as 1900–1999).
 */
export function utcSeconds(year: number, month: number, day: number, hour: number, minute: number, second: number): number | null {
  if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
}

/** For values the contract's schema already accepted. */
const requiredIso = (value: string): number => isoToUnixSeconds(value) ?? Math.floor(Date.parse(value) / 1000);
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
    ...withDetails(r),
  };
}

function withDetails(r: DossierRecord): { details?: DossierDetails } {
  const details = detailsOfRecord(r);
  return details ? { details } : {};
}
