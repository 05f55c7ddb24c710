import { detailsToJson } from './dossier-details.ts';
import { GrowableNumbers } from './growable-numbers.ts';
import type { DossierWrite } from './dossier-write.ts';
import { maskApplicantName } from './mask-applicant-name.ts';

/** Where each of a record's numbers sits in its row of `DossierBatch.numbers`. */
export const BatchField = {
  version: 0,
  deleted: 1,
  agencyCode: 2,
  agencyName: 3,
  procedureCode: 4,
  procedureName: 5,
  fieldName: 6,
  status: 7,
  receivedAt: 8,
  dueAt: 9,
  finishedAt: 10,
  returnedAt: 11,
  feeVnd: 12,
  resultCounter: 13,
  timelineStart: 14,
  timelineCount: 15,
  missingStart: 16,
  missingCount: 17,
} as const;
export const BATCH_FIELDS = 18;

/**
 * Validated dossiers, column by column: what the store writes, and what a sync worker hands
 * to the writing thread. Strings that repeat (procedure, field, agency, department, action,
 * counter, document names) are sent once per batch and referred to by index, so a batch
 * crosses threads as a few typed arrays and short string lists instead of thousands of
 * objects. Applicant names are masked before a batch exists: the full name never leaves the
 * code that parsed it.
 */
export interface DossierBatch {
  count: number;
  codes: string[];
  applicantsMasked: (string | null)[];
  /** Each record's details as stored (see dossier-details.ts), null for none; absent when no record has any. */
  details?: (string | null)[];
  /** Distinct strings; a text field holds an index into this list, or -1 for none. */
  texts: string[];
  /** `count` rows of BATCH_FIELDS numbers (see BatchField); NaN for a missing time or fee. */
  numbers: Float64Array;
  /** Timeline entries as triples: unix seconds, department text, action text. */
  timeline: Float64Array;
  /** Missing-document text indices, `missingCount` of them from `missingStart`. */
  missing: Int32Array;
}

export class DossierBatchBuilder {
  private readonly codes: string[] = [];
  private readonly applicantsMasked: (string | null)[] = [];
  private readonly details: (string | null)[] = [];
  private readonly texts: string[] = [];
  private readonly textIndex = new Map<string, number>();
  private numbers: Float64Array;
  private readonly timeline = new GrowableNumbers((size) => new Float64Array(size));
  private readonly missing = new GrowableNumbers((size) => new Int32Array(size));

  constructor(expectedCount = 64) {
    this.numbers = new Float64Array(Math.max(1, expectedCount) * BATCH_FIELDS);
  }

  get count(): number {
    return this.codes.length;
  }

  add(w: DossierWrite): void {
    const o = this.nextRowOffset();
    const n = this.numbers;
    this.codes.push(w.code);
    this.applicantsMasked.push(maskApplicantName(w.applicantName));
    this.details.push(detailsToJson(w.details));
    n[o + BatchField.version] = w.version;
    n[o + BatchField.deleted] = w.deleted ? 1 : 0;
    n[o + BatchField.agencyCode] = this.text(w.agencyCode);
    n[o + BatchField.agencyName] = this.optionalText(w.agencyName);
    n[o + BatchField.procedureCode] = this.optionalText(w.procedureCode);
    n[o + BatchField.procedureName] = this.text(w.procedureName);
    n[o + BatchField.fieldName] = this.optionalText(w.fieldName);
    n[o + BatchField.status] = w.status;
    n[o + BatchField.receivedAt] = w.receivedAt;
    n[o + BatchField.dueAt] = w.dueAt ?? NaN;
    n[o + BatchField.finishedAt] = w.finishedAt ?? NaN;
    n[o + BatchField.returnedAt] = w.returnedAt ?? NaN;
    n[o + BatchField.feeVnd] = w.feeVnd ?? NaN;
    n[o + BatchField.resultCounter] = this.optionalText(w.resultCounter);
    n[o + BatchField.timelineStart] = this.timeline.length / 3;
    n[o + BatchField.timelineCount] = w.timeline.length;
    for (const [at, department, action] of w.timeline) {
      this.timeline.push(at);
      this.timeline.push(this.text(department));
      this.timeline.push(this.text(action));
    }
    n[o + BatchField.missingStart] = this.missing.length;
    n[o + BatchField.missingCount] = w.missingDocuments.length;
    for (const document of w.missingDocuments) this.missing.push(this.text(document));
  }

  /**
   * A record read elsewhere (feed-item-record-bytes.ts), kept as add() keeps it: `numbers` is its
   * BATCH_FIELDS row with its texts already indices of this batch (text()); the first
   * `timelineLength` of `timeline` are its entries' triples and the first `missingLength` of
   * `missing` its missing documents' indices.
   */
  addRow(code: string, applicantMasked: string | null, numbers: Float64Array, timeline: Float64Array, timelineLength: number, missing: Int32Array, missingLength: number): void {
    const o = this.nextRowOffset();
    const n = this.numbers;
    for (let f = 0; f < BATCH_FIELDS; f += 1) n[o + f] = numbers[f]!;
    n[o + BatchField.timelineStart] = this.timeline.length / 3;
    n[o + BatchField.timelineCount] = timelineLength / 3;
    n[o + BatchField.missingStart] = this.missing.length;
    n[o + BatchField.missingCount] = missingLength;
    for (let i = 0; i < timelineLength; i += 1) this.timeline.push(timeline[i]!);
    for (let i = 0; i < missingLength; i += 1) this.missing.push(missing[i]!);
    this.codes.push(code);
    this.applicantsMasked.push(applicantMasked);
    this.details.push(null);
  }

  build(): DossierBatch {
    return {
      count: this.codes.length,
      codes: this.codes,
      applicantsMasked: this.applicantsMasked,
      details: this.details,
      texts: this.texts,
      numbers: this.numbers.slice(0, this.codes.length * BATCH_FIELDS),
      timeline: this.timeline.toArray(),
      missing: this.missing.toArray(),
    };
  }

  /** Where the next record's row starts in `numbers`, grown to hold it. */
  private nextRowOffset(): number {
    const o = this.codes.length * BATCH_FIELDS;
    if (o + BATCH_FIELDS > this.numbers.length) {
      const grown = new Float64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    return o;
  }

  /** The index of `value` among the batch's texts, added when it is new. */
  text(value: string): number {
    let index = this.textIndex.get(value);
    if (index === undefined) {
      index = this.texts.push(value) - 1;
      this.textIndex.set(value, index);
    }
    return index;
  }

  private optionalText(value: string | null): number {
    return value === null ? -1 : this.text(value);
  }
}

export function batchOf(writes: readonly DossierWrite[]): DossierBatch {
  const builder = new DossierBatchBuilder(writes.length);
  for (const w of writes) builder.add(w);
  return builder.build();
}

/** The buffers a batch can hand over to another thread without copying. */
export function batchTransferList(batch: DossierBatch): ArrayBuffer[] {
  return [batch.numbers.buffer, batch.timeline.buffer, batch.missing.buffer] as ArrayBuffer[];
}
