import { BATCH_FIELDS, BatchField } from '../dossiers/dossier-batch.ts';
import type { DossierBatch } from '../dossiers/dossier-batch.ts';
import { maskApplicantName } from '../dossiers/mask-applicant-name.ts';
import type { QuarantinedItem } from './validate-feed-items.ts';

/**
 * The change feed's compact page (`shape=compact`, docs/sync-protocol.openapi.yaml): every
 * repeated string once in `texts`, each dossier a row that refers to them by index, times in
 * unix seconds. The same DossierRecord, in a quarter of the bytes and a few objects per row
 * instead of dozens; it decodes straight into a DossierBatch.
 */
const Column = {
  code: 0,
  version: 1,
  deleted: 2,
  agencyCode: 3,
  agencyName: 4,
  procedureCode: 5,
  procedureName: 6,
  fieldName: 7,
  applicantName: 8,
  status: 9,
  receivedAt: 10,
  dueAt: 11,
  finishedAt: 12,
  returnedAt: 13,
  feeVnd: 14,
  resultCounter: 15,
  missingDocuments: 16,
  timeline: 17,
} as const;
const COLUMNS = 18;

/** 0000-01-01 and 9999-12-31T23:59:59Z: the instants an ISO date with a four-digit year can name. */
const MIN_SECONDS = -62_167_219_200;
const MAX_SECONDS = 253_402_300_799;

class RowProblem extends Error {}

function fail(column: string, message: string): never {
  throw new RowProblem(`${column}: ${message}`);
}

function isInt(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Decodes a compact page. A row that breaks the contract is quarantined with the column and
 * the rule it broke; the others are kept. A broken `texts` list breaks every row that uses it.
 */
export function decodeCompactPage(texts: unknown, rows: readonly unknown[]): { batch: DossierBatch; quarantined: QuarantinedItem[] } {
  const list: unknown[] = Array.isArray(texts) ? texts : [];
  const bad = Uint8Array.from(list, (t) => (typeof t === 'string' && t.length <= 500 ? 0 : 1));
  const dictionary = list.map((t) => (typeof t === 'string' ? t : ''));
  const isBad = (index: number) => bad[index] === 1;
  const upperIndex = new Map<number, number>();
  const batchTexts = dictionary.slice();
  const quarantined: QuarantinedItem[] = [];
  const codes: string[] = [];
  const applicants: (string | null)[] = [];
  const numbers = new Float64Array(rows.length * BATCH_FIELDS);
  const timeline: number[] = [];
  const missing: number[] = [];

  const text = (row: unknown[], column: keyof typeof Column, min: number, max: number): number => {
    const index = row[Column[column]];
    if (!isInt(index, 0, dictionary.length - 1) || isBad(index)) fail(column, 'not an index into texts');
    const value = dictionary[index]!;
    if (value.length < min || value.length > max) fail(column, `must be ${min}–${max} characters`);
    return index;
  };
  const optionalText = (row: unknown[], column: keyof typeof Column, max: number): number =>
    row[Column[column]] === null || row[Column[column]] === undefined ? -1 : text(row, column, 0, max);
  const time = (row: unknown[], column: keyof typeof Column, optional: boolean): number => {
    const value = row[Column[column]];
    if (optional && (value === null || value === undefined)) return NaN;
    if (!isInt(value, MIN_SECONDS, MAX_SECONDS)) fail(column, 'not a time in unix seconds');
    return value;
  };
  // Codes are compared in upper case everywhere; an agency code text is upper-cased once per page.
  const upperText = (index: number): number => {
    const value = dictionary[index]!;
    const upper = value.toUpperCase();
    if (upper === value) return index;
    let mapped = upperIndex.get(index);
    if (mapped === undefined) upperIndex.set(index, (mapped = batchTexts.push(upper) - 1));
    return mapped;
  };

  for (const item of rows) {
    const timelineMark = timeline.length;
    const missingMark = missing.length;
    const row = Array.isArray(item) ? (item as unknown[]) : null;
    const code = row?.[Column.code];
    try {
      if (!row || row.length !== COLUMNS) fail('row', `must be a list of ${COLUMNS} values`);
      if (typeof code !== 'string' || code.length < 1 || code.length > 64) fail('code', 'must be 1–64 characters');
      const version = row[Column.version];
      if (!isInt(version, 0)) fail('version', 'must be a whole number ≥ 0');
      const deleted = row[Column.deleted];
      if (typeof deleted !== 'boolean') fail('deleted', 'must be true or false');
      const status = row[Column.status];
      if (!isInt(status, 1, 10)) fail('status', 'must be a national status code 1–10');
      const applicant = row[Column.applicantName];
      if (applicant !== null && applicant !== undefined && (typeof applicant !== 'string' || applicant.length > 200)) fail('applicantName', 'must be text of at most 200 characters');
      const fee = row[Column.feeVnd];
      if (fee !== null && fee !== undefined && !isInt(fee, 0)) fail('feeVnd', 'must be a whole number ≥ 0');
      const o = codes.length * BATCH_FIELDS;
      numbers[o + BatchField.version] = version;
      numbers[o + BatchField.deleted] = deleted ? 1 : 0;
      numbers[o + BatchField.agencyCode] = upperText(text(row, 'agencyCode', 0, 32));
      numbers[o + BatchField.agencyName] = optionalText(row, 'agencyName', 300);
      numbers[o + BatchField.procedureCode] = optionalText(row, 'procedureCode', 32);
      numbers[o + BatchField.procedureName] = text(row, 'procedureName', 1, 500);
      numbers[o + BatchField.fieldName] = optionalText(row, 'fieldName', 300);
      numbers[o + BatchField.status] = status;
      numbers[o + BatchField.receivedAt] = time(row, 'receivedAt', false);
      numbers[o + BatchField.dueAt] = time(row, 'dueAt', true);
      numbers[o + BatchField.finishedAt] = time(row, 'finishedAt', true);
      numbers[o + BatchField.returnedAt] = time(row, 'returnedAt', true);
      numbers[o + BatchField.feeVnd] = fee ?? NaN;
      numbers[o + BatchField.resultCounter] = optionalText(row, 'resultCounter', 200);

      const documents = row[Column.missingDocuments];
      if (!Array.isArray(documents) || documents.length > 50) fail('missingDocuments', 'must be a list of at most 50 text indices');
      for (const index of documents) {
        if (!isInt(index, 0, dictionary.length - 1) || isBad(index) || dictionary[index]!.length > 300) fail('missingDocuments', 'not an index into texts');
        missing.push(index);
      }
      const entries = row[Column.timeline];
      if (!Array.isArray(entries) || entries.length > 200) fail('timeline', 'must be a list of at most 200 entries');
      for (const entry of entries) {
        if (!Array.isArray(entry) || entry.length !== 3) fail('timeline', 'each entry must be [time, department, action]');
        const [at, department, action] = entry as unknown[];
        if (!isInt(at, MIN_SECONDS, MAX_SECONDS)) fail('timeline', 'not a time in unix seconds');
        if (!isInt(department, 0, dictionary.length - 1) || isBad(department) || dictionary[department]!.length > 200) fail('timeline', 'department is not an index into texts');
        if (!isInt(action, 0, dictionary.length - 1) || isBad(action)) fail('timeline', 'action is not an index into texts');
        timeline.push(at, department, action);
      }
      numbers[o + BatchField.timelineStart] = timelineMark / 3;
      numbers[o + BatchField.timelineCount] = entries.length;
      numbers[o + BatchField.missingStart] = missingMark;
      numbers[o + BatchField.missingCount] = documents.length;
      codes.push(code.toUpperCase());
      applicants.push(maskApplicantName(applicant as string | null | undefined));
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      timeline.length = timelineMark;
      missing.length = missingMark;
      quarantined.push({ code: typeof code === 'string' && code.length <= 64 ? code : null, reason: error.message });
    }
  }

  return {
    batch: {
      count: codes.length,
      codes,
      applicantsMasked: applicants,
      texts: batchTexts,
      numbers: numbers.slice(0, codes.length * BATCH_FIELDS),
      timeline: Float64Array.from(timeline),
      missing: Int32Array.from(missing),
    },
    quarantined,
  };
}
