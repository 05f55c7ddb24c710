import { BATCH_FIELDS, BatchField } from '../dossiers/dossier-batch.ts';

/**
 * A well-formed compact row read straight from its bytes into numbers, without building the
 * row's JSON values: the common row of a sync, a million at a time. Only a row that keeps every
 * rule of the compact contract, written plainly (no escape in a string, whole numbers of at most
 * 15 digits), is read here; for any other row `read` says no and the row goes through
 * JSON.parse and CompactRowDecoder.add, which quarantines it with the rule it broke. The bytes
 * must be valid JSON (json-bytes.ts skipValue checked them).
 */
export class WellFormedRowReader {
  /** The row's numbers as a DossierBatch row holds them; agencyCode is the page's text index, not yet upper-cased. */
  readonly numbers = new Float64Array(BATCH_FIELDS);
  code = '';
  /** The code has no lower-case letter (upper-casing it would give it back). */
  codeIsUpperCase = false;
  applicant: string | null = null;
  /** Timeline triples and missing-document indices of the row, in order: the first timelineLength and missingLength of each. */
  readonly timeline = new Float64Array(3 * MAX_TIMELINE);
  timelineLength = 0;
  readonly missing = new Float64Array(MAX_MISSING);
  missingLength = 0;

  private b: Buffer = Buffer.alloc(0);
  private i = 0;
  /** The number last read by int(). */
  private n = 0;
  /** The string last read was ASCII with no lower-case letter. */
  private lastStringHadNoLowerCase = false;

  constructor(
    private readonly dictionary: readonly string[],
    private readonly bad: Uint8Array,
  ) {}

  /** True when the row at `start` is well-formed and was read; its values are then in this reader. */
  read(b: Buffer, start: number): boolean {
    this.b = b;
    this.i = start;
    this.timelineLength = 0;
    this.missingLength = 0;
    const n = this.numbers;
    if (!this.punct(0x5b)) return false;
    const code = this.string(64);
    if (code === null || code.length < 1) return false;
    this.code = code;
    this.codeIsUpperCase = this.lastStringHadNoLowerCase;
    if (!this.comma() || !this.int(0, Number.MAX_SAFE_INTEGER)) return false;
    n[BatchField.version] = this.n;
    if (!this.comma()) return false;
    const deleted = this.boolean();
    if (deleted < 0) return false;
    n[BatchField.deleted] = deleted;
    if (!this.comma() || !this.text(0, 32, false)) return false;
    n[BatchField.agencyCode] = this.n;
    if (!this.comma() || !this.text(0, 300, true)) return false;
    n[BatchField.agencyName] = this.n;
    if (!this.comma() || !this.text(0, 32, true)) return false;
    n[BatchField.procedureCode] = this.n;
    if (!this.comma() || !this.text(1, 500, false)) return false;
    n[BatchField.procedureName] = this.n;
    if (!this.comma() || !this.text(0, 300, true)) return false;
    n[BatchField.fieldName] = this.n;
    if (!this.comma()) return false;
    if (this.null()) this.applicant = null;
    else {
      const applicant = this.string(200);
      if (applicant === null) return false;
      this.applicant = applicant;
    }
    if (!this.comma() || !this.int(1, 10)) return false;
    n[BatchField.status] = this.n;
    if (!this.comma() || !this.time(false)) return false;
    n[BatchField.receivedAt] = this.n;
    if (!this.comma() || !this.time(true)) return false;
    n[BatchField.dueAt] = this.n;
    if (!this.comma() || !this.time(true)) return false;
    n[BatchField.finishedAt] = this.n;
    if (!this.comma() || !this.time(true)) return false;
    n[BatchField.returnedAt] = this.n;
    if (!this.comma()) return false;
    if (this.null()) n[BatchField.feeVnd] = NaN;
    else if (this.int(0, Number.MAX_SAFE_INTEGER)) n[BatchField.feeVnd] = this.n;
    else return false;
    if (!this.comma() || !this.text(0, 200, true)) return false;
    n[BatchField.resultCounter] = this.n;
    if (!this.comma() || !this.documents() || !this.comma() || !this.entries()) return false;
    return this.punct(0x5d);
  }

  private space(): void {
    const b = this.b;
    let c = b[this.i];
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = b[++this.i];
  }

  private punct(c: number): boolean {
    this.space();
    if (this.b[this.i] !== c) return false;
    this.i += 1;
    return true;
  }

  private comma(): boolean {
    return this.punct(0x2c);
  }

  private null(): boolean {
    this.space();
    if (this.b[this.i] !== 0x6e) return false;
    this.i += 4;
    return true;
  }

  /** 1 for true, 0 for false, -1 for anything else. */
  private boolean(): number {
    this.space();
    const c = this.b[this.i];
    if (c === 0x74) {
      this.i += 4;
      return 1;
    }
    if (c === 0x66) {
      this.i += 5;
      return 0;
    }
    return -1;
  }

  /** A whole number of at most 15 digits within [min, max], into `n`. */
  private int(min: number, max: number): boolean {
    this.space();
    const b = this.b;
    let i = this.i;
    const negative = b[i] === 0x2d;
    if (negative) i += 1;
    const from = i;
    let value = 0;
    let c = b[i];
    while (c !== undefined && c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      c = b[++i];
    }
    if (i === from || i - from > 15 || c === 0x2e || c === 0x65 || c === 0x45) return false;
    if (negative) value = -value;
    if (value < min || value > max) return false;
    this.i = i;
    this.n = value;
    return true;
  }

  private time(optional: boolean): boolean {
    if (optional && this.null()) {
      this.n = NaN;
      return true;
    }
    return this.int(MIN_SECONDS, MAX_SECONDS);
  }

  /** A text index of the page whose text is min–max characters long (or null, -1, when optional), into `n`. */
  private text(min: number, max: number, optional: boolean): boolean {
    if (optional && this.null()) {
      this.n = -1;
      return true;
    }
    if (!this.int(0, this.dictionary.length - 1) || this.bad[this.n] === 1) return false;
    const length = this.dictionary[this.n]!.length;
    return length >= min && length <= max;
  }

  /** A string with no escape of at most `max` UTF-16 units, or null. */
  private string(max: number): string | null {
    this.space();
    const b = this.b;
    if (b[this.i] !== 0x22) return null;
    const from = this.i + 1;
    let i = from;
    let ascii = true;
    let lowerCase = false;
    for (;;) {
      const c = b[i]!;
      if (c === 0x22) break;
      if (c === 0x5c) return null;
      if (c >= 0x80) ascii = false;
      else if (c >= 0x61 && c <= 0x7a) lowerCase = true;
      i += 1;
    }
    this.lastStringHadNoLowerCase = ascii && !lowerCase;
    // UTF-8 is never shorter in bytes than in UTF-16 units: a short one needs no decoding to be measured.
    if (ascii && i - from > max) return null;
    const value = b.toString(ascii ? 'latin1' : 'utf8', from, i);
    if (value.length > max) return null;
    this.i = i + 1;
    return value;
  }

  private documents(): boolean {
    if (!this.punct(0x5b)) return false;
    if (this.punct(0x5d)) return true;
    do {
      if (this.missingLength === MAX_MISSING || !this.text(0, 300, false)) return false;
      this.missing[this.missingLength++] = this.n;
    } while (this.comma());
    return this.punct(0x5d);
  }

  private entries(): boolean {
    if (!this.punct(0x5b)) return false;
    if (this.punct(0x5d)) return true;
    const timeline = this.timeline;
    do {
      if (this.timelineLength === 3 * MAX_TIMELINE || !this.punct(0x5b) || !this.time(false)) return false;
      const at = this.n;
      if (!this.comma() || !this.text(0, 200, false)) return false;
      const department = this.n;
      if (!this.comma() || !this.text(0, Number.MAX_SAFE_INTEGER, false)) return false;
      const t = this.timelineLength;
      timeline[t] = at;
      timeline[t + 1] = department;
      timeline[t + 2] = this.n;
      this.timelineLength = t + 3;
      if (!this.punct(0x5d)) return false;
    } while (this.comma());
    return this.punct(0x5d);
  }
}

/** The compact contract's bounds on a row's lists (CompactRowDecoder.add says the same). */
const MAX_MISSING = 50;
const MAX_TIMELINE = 200;

/** 0000-01-01 and 9999-12-31T23:59:59Z: the instants an ISO date with a four-digit year can name. */
export const MIN_SECONDS = -62_167_219_200;
export const MAX_SECONDS = 253_402_300_799;
