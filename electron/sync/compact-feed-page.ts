import { BATCH_FIELDS, BatchField } from '../dossiers/dossier-batch.ts';
import type { DossierBatch } from '../dossiers/dossier-batch.ts';
import { GrowableNumbers } from '../dossiers/growable-numbers.ts';
import { maskApplicantName } from '../dossiers/mask-applicant-name.ts';
import { MAX_SECONDS, MIN_SECONDS, WellFormedRowReader } from './compact-row-bytes.ts';
import { NEEDS_JSON_PARSE, parseSlice, readRow } from './json-bytes.ts';
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
type ColumnName = keyof typeof Column;

class RowProblem extends Error {}

function fail(column: string, message: string): never {
  throw new RowProblem(`${column}: ${message}`);
}

function isInt(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The rows of a compact page still as the answer's bytes: row r is `body[spans[2r], spans[2r + 1])`. */
export interface CompactRowBytes {
  body: Buffer;
  spans: Int32Array;
  count: number;
}

/**
 * Decodes a compact page. A row that breaks the contract is quarantined with the column and
 * the rule it broke; the others are kept. A broken `texts` list breaks every row that uses it.
 */
export function decodeCompactPage(texts: unknown, rows: readonly unknown[]): { batch: DossierBatch; quarantined: QuarantinedItem[] } {
  const decoder = new CompactRowDecoder(texts, rows.length);
  for (const row of rows) decoder.add(row);
  return decoder.finish();
}

/**
 * The same from rows left as bytes (compact-page-bytes.ts): each row is read on its own, so a
 * page's rows are never all alive as objects at once, and a row read here is the value
 * JSON.parse would give (json-bytes.ts).
 */
export function decodeCompactRowBytes(texts: unknown, rows: CompactRowBytes): { batch: DossierBatch; quarantined: QuarantinedItem[] } {
  const decoder = new CompactRowDecoder(texts, rows.count);
  const wellFormed = decoder.wellFormedRowReader();
  const { body, spans } = rows;
  for (let r = 0; r < rows.count; r += 1) {
    const start = spans[2 * r]!;
    if (wellFormed.read(body, start)) {
      decoder.addWellFormed(wellFormed);
      continue;
    }
    const row = readRow(body, start);
    decoder.add(row === NEEDS_JSON_PARSE ? parseSlice(body, start, spans[2 * r + 1]!) : row);
  }
  return decoder.finish();
}

class CompactRowDecoder {
  private readonly dictionary: string[];
  private readonly bad: Uint8Array;
  private readonly upperIndex = new Map<number, number>();
  private readonly batchTexts: string[];
  private readonly quarantined: QuarantinedItem[] = [];
  private readonly codes: string[] = [];
  private readonly applicants: (string | null)[] = [];
  private readonly numbers: Float64Array;
  private readonly timeline = new GrowableNumbers((size) => new Float64Array(size));
  private readonly missing = new GrowableNumbers((size) => new Int32Array(size));

  constructor(texts: unknown, rowCount: number) {
    const list: unknown[] = Array.isArray(texts) ? texts : [];
    this.bad = Uint8Array.from(list, (t) => (typeof t === 'string' && t.length <= 500 ? 0 : 1));
    this.dictionary = list.map((t) => (typeof t === 'string' ? t : ''));
    this.batchTexts = this.dictionary.slice();
    this.numbers = new Float64Array(rowCount * BATCH_FIELDS);
  }

  /** A text index that is not one, or names a text the page itself broke. */
  private notAText(index: unknown): boolean {
    return !isInt(index, 0, this.dictionary.length - 1) || this.bad[index] === 1;
  }

  private textAt(index: unknown, column: ColumnName, min: number, max: number): number {
    if (this.notAText(index)) fail(column, 'not an index into texts');
    const value = this.dictionary[index as number]!;
    if (value.length < min || value.length > max) fail(column, `must be ${min}–${max} characters`);
    return index as number;
  }

  private optionalTextAt(value: unknown, column: ColumnName, max: number): number {
    return value === null || value === undefined ? -1 : this.textAt(value, column, 0, max);
  }

  private timeAt(value: unknown, column: ColumnName, optional: boolean): number {
    if (optional && (value === null || value === undefined)) return NaN;
    if (!isInt(value, MIN_SECONDS, MAX_SECONDS)) fail(column, 'not a time in unix seconds');
    return value;
  }

  // Codes are compared in upper case everywhere; an agency code text is upper-cased once per page.
  private upperText(index: number): number {
    let mapped = this.upperIndex.get(index);
    if (mapped === undefined) {
      const value = this.dictionary[index]!;
      const upper = value.toUpperCase();
      mapped = upper === value ? index : this.batchTexts.push(upper) - 1;
      this.upperIndex.set(index, mapped);
    }
    return mapped;
  }

  add(item: unknown): void {
    const { timeline, missing, numbers, dictionary } = this;
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
      const o = this.codes.length * BATCH_FIELDS;
      numbers[o + BatchField.version] = version;
      numbers[o + BatchField.deleted] = deleted ? 1 : 0;
      numbers[o + BatchField.agencyCode] = this.upperText(this.textAt(row[Column.agencyCode], 'agencyCode', 0, 32));
      numbers[o + BatchField.agencyName] = this.optionalTextAt(row[Column.agencyName], 'agencyName', 300);
      numbers[o + BatchField.procedureCode] = this.optionalTextAt(row[Column.procedureCode], 'procedureCode', 32);
      numbers[o + BatchField.procedureName] = this.textAt(row[Column.procedureName], 'procedureName', 1, 500);
      numbers[o + BatchField.fieldName] = this.optionalTextAt(row[Column.fieldName], 'fieldName', 300);
      numbers[o + BatchField.status] = status;
      numbers[o + BatchField.receivedAt] = this.timeAt(row[Column.receivedAt], 'receivedAt', false);
      numbers[o + BatchField.dueAt] = this.timeAt(row[Column.dueAt], 'dueAt', true);
      numbers[o + BatchField.finishedAt] = this.timeAt(row[Column.finishedAt], 'finishedAt', true);
      numbers[o + BatchField.returnedAt] = this.timeAt(row[Column.returnedAt], 'returnedAt', true);
      numbers[o + BatchField.feeVnd] = (fee as number | null | undefined) ?? NaN;
      numbers[o + BatchField.resultCounter] = this.optionalTextAt(row[Column.resultCounter], 'resultCounter', 200);

      const documents = row[Column.missingDocuments];
      if (!Array.isArray(documents) || documents.length > 50) fail('missingDocuments', 'must be a list of at most 50 text indices');
      for (const index of documents) {
        if (this.notAText(index) || dictionary[index as number]!.length > 300) fail('missingDocuments', 'not an index into texts');
        missing.push(index as number);
      }
      const entries = row[Column.timeline];
      if (!Array.isArray(entries) || entries.length > 200) fail('timeline', 'must be a list of at most 200 entries');
      for (const entry of entries) {
        if (!Array.isArray(entry) || entry.length !== 3) fail('timeline', 'each entry must be [time, department, action]');
        const at: unknown = entry[0];
        const department: unknown = entry[1];
        const action: unknown = entry[2];
        if (!isInt(at, MIN_SECONDS, MAX_SECONDS)) fail('timeline', 'not a time in unix seconds');
        if (this.notAText(department) || dictionary[department as number]!.length > 200) fail('timeline', 'department is not an index into texts');
        if (this.notAText(action)) fail('timeline', 'action is not an index into texts');
        timeline.push(at);
        timeline.push(department as number);
        timeline.push(action as number);
      }
      numbers[o + BatchField.timelineStart] = timelineMark / 3;
      numbers[o + BatchField.timelineCount] = entries.length;
      numbers[o + BatchField.missingStart] = missingMark;
      numbers[o + BatchField.missingCount] = documents.length;
      this.codes.push(code.toUpperCase());
      this.applicants.push(maskApplicantName(applicant as string | null | undefined));
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      timeline.length = timelineMark;
      missing.length = missingMark;
      this.quarantined.push({ code: typeof code === 'string' && code.length <= 64 ? code : null, reason: error.message });
    }
  }

  wellFormedRowReader(): WellFormedRowReader {
    return new WellFormedRowReader(this.dictionary, this.bad);
  }

  /** A row the reader found well-formed: kept as add() would keep it. */
  addWellFormed(row: WellFormedRowReader): void {
    const { numbers, timeline, missing } = this;
    const o = this.codes.length * BATCH_FIELDS;
    const read = row.numbers;
    for (let f = 0; f < BATCH_FIELDS; f += 1) numbers[o + f] = read[f]!;
    numbers[o + BatchField.agencyCode] = this.upperText(read[BatchField.agencyCode]!);
    numbers[o + BatchField.timelineStart] = timeline.length / 3;
    numbers[o + BatchField.timelineCount] = row.timelineLength / 3;
    numbers[o + BatchField.missingStart] = missing.length;
    numbers[o + BatchField.missingCount] = row.missingLength;
    for (let i = 0; i < row.timelineLength; i += 1) timeline.push(row.timeline[i]!);
    for (let i = 0; i < row.missingLength; i += 1) missing.push(row.missing[i]!);
    this.codes.push(row.codeIsUpperCase ? row.code : row.code.toUpperCase());
    this.applicants.push(maskApplicantName(row.applicant));
  }

  finish(): { batch: DossierBatch; quarantined: QuarantinedItem[] } {
    const { codes } = this;
    return {
      batch: {
        count: codes.length,
        codes,
        applicantsMasked: this.applicants,
        texts: this.batchTexts,
        numbers: this.numbers.slice(0, codes.length * BATCH_FIELDS),
        timeline: this.timeline.toArray(),
        missing: this.missing.toArray(),
      },
      quarantined: this.quarantined,
    };
  }
}
