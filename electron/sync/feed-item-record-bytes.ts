import { BATCH_FIELDS, BatchField } from '../dossiers/dossier-batch.ts';
import type { DossierBatchBuilder } from '../dossiers/dossier-batch.ts';
import { utcSeconds } from '../dossiers/dossier-write.ts';
import { maskApplicantName } from '../dossiers/mask-applicant-name.ts';
import { FNV_OFFSET, FNV_PRIME, fnvHash, PageTextBytes } from './page-text-bytes.ts';

const RECORD_KEYS = ['code', 'version', 'deleted', 'agencyCode', 'agencyName', 'procedureCode', 'procedureName', 'fieldName', 'applicantName', 'status', 'receivedAt', 'dueAt', 'finishedAt', 'returnedAt', 'missingDocuments', 'feeVnd', 'resultCounter', 'timeline'] as const;
const ENTRY_KEYS = ['at', 'department', 'action'] as const;
const K = Object.fromEntries(RECORD_KEYS.map((key, i) => [key, i])) as Record<(typeof RECORD_KEYS)[number], number>;
const REQUIRED = [K.code, K.version, K.agencyCode, K.procedureName, K.status, K.receivedAt].reduce((bits, k) => bits | (1 << k), 0);

/** The optional texts of a record kept as spans until the record is whole, in the order DossierBatchBuilder.add interns them. */
const TEXT_FIELDS = [
  { key: K.agencyName, field: BatchField.agencyName, max: 300 },
  { key: K.procedureCode, field: BatchField.procedureCode, max: 32 },
  { key: K.procedureName, field: BatchField.procedureName, max: 500 },
  { key: K.fieldName, field: BatchField.fieldName, max: 300 },
  { key: K.resultCounter, field: BatchField.resultCounter, max: 200 },
];
const TEXT_SLOT = new Int8Array(RECORD_KEYS.length).fill(-1);
TEXT_FIELDS.forEach(({ key }, slot) => (TEXT_SLOT[key] = slot));

/** The contract's bounds (fastDossierWrite says the same). */
const MAX_MISSING = 50;
const MAX_TIMELINE = 200;

interface KeyTable {
  modulus: number;
  slots: Int8Array;
  bytes: Buffer[];
}

/** The keys by their hash modulo the smallest number that tells them apart. */
function keyTable(keys: readonly string[]): KeyTable {
  const bytes = keys.map((key) => Buffer.from(key, 'latin1'));
  const hashes = bytes.map((b) => fnvHash(b) >>> 0);
  for (let modulus = keys.length; ; modulus += 1) {
    const slots = new Int8Array(modulus).fill(-1);
    let k = 0;
    while (k < keys.length && slots[hashes[k]! % modulus] === -1) {
      slots[hashes[k]! % modulus] = k;
      k += 1;
    }
    if (k === keys.length) return { modulus, slots, bytes };
  }
}
const RECORD_TABLE = keyTable(RECORD_KEYS);
const ENTRY_TABLE = keyTable(ENTRY_KEYS);

/**
 * A DossierRecord item of the change feed read straight from its bytes into a batch, without
 * building its JSON objects or a string for each text: the common record of an items-only
 * server's sync, a million at a time. Only a record that fastDossierWrite would take, written
 * plainly, is read here: the contract's keys only, each at most once, strings without escapes,
 * whole non-negative numbers of at most 15 digits, times as `YYYY-MM-DDTHH:MM:SS[.f]Z` from year
 * 100. For anything else `read` says no, adds nothing, and the caller parses the record
 * (validateFeedItem), which keeps it or quarantines it with its reason. What `read` accepts is
 * JSON by its grammar, so a page that is not JSON still fails as before. The batch gets the same
 * row, texts and masked name that DossierBatchBuilder.add gives the record's write.
 */
export class WellFormedItemReader {
  private readonly texts: PageTextBytes;
  private readonly row = new Float64Array(BATCH_FIELDS);
  /** from, to and hash of each TEXT_FIELDS slot; from -1 for none. */
  private readonly textSpans = new Int32Array(3 * TEXT_FIELDS.length);
  private readonly missingSpans = new Int32Array(3 * MAX_MISSING);
  private missingCount = 0;
  /** Each entry's time, then department's and action's from, to and hash. */
  private readonly entryAt = new Float64Array(MAX_TIMELINE);
  private readonly entrySpans = new Int32Array(6 * MAX_TIMELINE);
  private entryCount = 0;
  private readonly timelineOut = new Float64Array(3 * MAX_TIMELINE);
  private readonly missingOut = new Int32Array(MAX_MISSING);
  private codeFrom = 0;
  private codeTo = 0;
  private agencyFrom = 0;
  private agencyTo = 0;
  private agencyHash = 0;
  private applicantFrom = -1;
  private applicantTo = -1;

  private i = 0;
  /** The last string read: its bytes, their hash, and whether all are ASCII. */
  private from = 0;
  private to = 0;
  private hash = 0;
  private ascii = true;
  /** The last number read. */
  private n = 0;

  constructor(
    private readonly body: Buffer,
    private readonly builder: DossierBatchBuilder,
  ) {
    this.texts = new PageTextBytes(body, (text) => builder.text(text));
  }

  /** True when the record in body[start, end) was read and added to the batch; false, with nothing added, otherwise. */
  read(start: number, end: number): boolean {
    if (!this.scan(start, end)) return false;
    this.commit();
    return true;
  }

  private scan(start: number, end: number): boolean {
    const b = this.body;
    const row = this.row;
    row.fill(NaN);
    row[BatchField.deleted] = 0;
    this.textSpans.fill(-1);
    this.applicantFrom = -1;
    this.missingCount = 0;
    this.entryCount = 0;
    this.i = start;
    if (b[this.i] !== 0x7b) return false;
    this.i += 1;
    this.space();
    let seen = 0;
    if (b[this.i] !== 0x7d) {
      for (;;) {
        const key = this.key(RECORD_TABLE);
        if (key < 0 || (seen & (1 << key)) !== 0) return false;
        seen |= 1 << key;
        if (!this.colon() || !this.value(key)) return false;
        this.space();
        const c = b[this.i];
        this.i += 1;
        if (c === 0x7d) break;
        if (c !== 0x2c) return false;
        this.space();
      }
    }
    return this.i === end && (seen & REQUIRED) === REQUIRED;
  }

  private value(key: number): boolean {
    const row = this.row;
    const slot = TEXT_SLOT[key]!;
    if (slot >= 0) {
      const { max } = TEXT_FIELDS[slot]!;
      if (key !== K.procedureName && this.null()) return true;
      if (!this.string() || !this.fits(key === K.procedureName ? 1 : 0, max)) return false;
      this.textSpans[3 * slot] = this.from;
      this.textSpans[3 * slot + 1] = this.to;
      this.textSpans[3 * slot + 2] = this.hash;
      return true;
    }
    switch (key) {
      case K.code:
        if (!this.string() || !this.ascii || !this.fits(1, 64)) return false;
        this.codeFrom = this.from;
        this.codeTo = this.to;
        return true;
      case K.agencyCode:
        if (!this.string() || !this.ascii || !this.fits(0, 32)) return false;
        this.agencyFrom = this.from;
        this.agencyTo = this.to;
        this.agencyHash = this.hash;
        return true;
      case K.applicantName:
        if (this.null()) return true;
        if (!this.string() || !this.fits(0, 200)) return false;
        this.applicantFrom = this.from;
        this.applicantTo = this.to;
        return true;
      case K.version:
        return this.int(0, Number.MAX_SAFE_INTEGER) && this.keep(BatchField.version);
      case K.status:
        return this.int(1, 10) && this.keep(BatchField.status);
      case K.feeVnd:
        return this.null() || (this.int(0, Number.MAX_SAFE_INTEGER) && this.keep(BatchField.feeVnd));
      case K.deleted:
        if (this.word(TRUE)) row[BatchField.deleted] = 1;
        else if (!this.word(FALSE)) return false;
        return true;
      case K.receivedAt:
        return this.time() && this.keep(BatchField.receivedAt);
      case K.dueAt:
        return this.null() || (this.time() && this.keep(BatchField.dueAt));
      case K.finishedAt:
        return this.null() || (this.time() && this.keep(BatchField.finishedAt));
      case K.returnedAt:
        return this.null() || (this.time() && this.keep(BatchField.returnedAt));
      case K.missingDocuments:
        return this.documents();
      case K.timeline:
        return this.timeline();
      default:
        return false;
    }
  }

  private commit(): void {
    const { body, texts, row, textSpans } = this;
    const code = body.toString('latin1', this.codeFrom, this.codeTo).toUpperCase();
    const applicant = this.applicantFrom < 0 ? null : maskApplicantName(body.toString('utf8', this.applicantFrom, this.applicantTo));
    row[BatchField.agencyCode] = this.agencyIndex();
    for (let slot = 0; slot < TEXT_FIELDS.length; slot += 1) {
      const from = textSpans[3 * slot]!;
      row[TEXT_FIELDS[slot]!.field] = from < 0 ? -1 : texts.indexOf(from, textSpans[3 * slot + 1]!, textSpans[3 * slot + 2]!);
    }
    const { entrySpans, entryAt, timelineOut } = this;
    for (let e = 0; e < this.entryCount; e += 1) {
      const s = 6 * e;
      timelineOut[3 * e] = entryAt[e]!;
      timelineOut[3 * e + 1] = texts.indexOf(entrySpans[s]!, entrySpans[s + 1]!, entrySpans[s + 2]!);
      timelineOut[3 * e + 2] = texts.indexOf(entrySpans[s + 3]!, entrySpans[s + 4]!, entrySpans[s + 5]!);
    }
    const { missingSpans, missingOut } = this;
    for (let d = 0; d < this.missingCount; d += 1) missingOut[d] = texts.indexOf(missingSpans[3 * d]!, missingSpans[3 * d + 1]!, missingSpans[3 * d + 2]!);
    this.builder.addRow(code, applicant, row, timelineOut, 3 * this.entryCount, missingOut, this.missingCount);
  }

  /** The agency code is stored upper-cased: found by its bytes when it has no lower-case letter. */
  private agencyIndex(): number {
    const b = this.body;
    for (let j = this.agencyFrom; j < this.agencyTo; j += 1) {
      const c = b[j]!;
      if (c >= 0x61 && c <= 0x7a) return this.builder.text(b.toString('latin1', this.agencyFrom, this.agencyTo).toUpperCase());
    }
    return this.texts.indexOf(this.agencyFrom, this.agencyTo, this.agencyHash);
  }

  private documents(): boolean {
    if (!this.open(0x5b)) return false;
    if (this.close(0x5d)) return true;
    const spans = this.missingSpans;
    for (;;) {
      const d = this.missingCount;
      if (d === MAX_MISSING || !this.string() || !this.fits(0, 300)) return false;
      spans[3 * d] = this.from;
      spans[3 * d + 1] = this.to;
      spans[3 * d + 2] = this.hash;
      this.missingCount = d + 1;
      if (this.close(0x5d)) return true;
      if (!this.comma()) return false;
    }
  }

  private timeline(): boolean {
    if (!this.open(0x5b)) return false;
    if (this.close(0x5d)) return true;
    for (;;) {
      if (this.entryCount === MAX_TIMELINE || !this.entry()) return false;
      this.entryCount += 1;
      if (this.close(0x5d)) return true;
      if (!this.comma()) return false;
    }
  }

  /** A timeline entry: exactly `at`, `department` and `action`, once each. */
  private entry(): boolean {
    if (!this.open(0x7b)) return false;
    const s = 6 * this.entryCount;
    const spans = this.entrySpans;
    let seen = 0;
    for (;;) {
      const key = this.key(ENTRY_TABLE);
      if (key < 0 || (seen & (1 << key)) !== 0 || !this.colon()) return false;
      seen |= 1 << key;
      if (key === 0) {
        if (!this.time()) return false;
        this.entryAt[this.entryCount] = this.n;
      } else {
        if (!this.string() || !this.fits(0, key === 1 ? 200 : 500)) return false;
        const o = key === 1 ? s : s + 3;
        spans[o] = this.from;
        spans[o + 1] = this.to;
        spans[o + 2] = this.hash;
      }
      if (this.close(0x7d)) return seen === 7;
      if (!this.comma()) return false;
    }
  }

  private keep(field: number): true {
    this.row[field] = this.n;
    return true;
  }

  private space(): void {
    const b = this.body;
    let c = b[this.i];
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = b[++this.i];
  }

  /** `c` (after white space), then white space. */
  private open(c: number): boolean {
    if (this.body[this.i] !== c) return false;
    this.i += 1;
    this.space();
    return true;
  }

  /** White space, then `c` if it is next. */
  private close(c: number): boolean {
    this.space();
    if (this.body[this.i] !== c) return false;
    this.i += 1;
    return true;
  }

  private comma(): boolean {
    if (this.body[this.i] !== 0x2c) return false;
    this.i += 1;
    this.space();
    return true;
  }

  private colon(): boolean {
    this.space();
    return this.open(0x3a);
  }

  private null(): boolean {
    return this.word(NULL);
  }

  private word(bytes: Uint8Array): boolean {
    const b = this.body;
    const i = this.i;
    for (let j = 0; j < bytes.length; j += 1) if (b[i + j] !== bytes[j]) return false;
    this.i = i + bytes.length;
    return true;
  }

  /** A key of `table`, or -1. */
  private key(table: KeyTable): number {
    if (!this.string()) return -1;
    const k = table.slots[(this.hash >>> 0) % table.modulus]!;
    if (k < 0) return -1;
    const expected = table.bytes[k]!;
    const length = this.to - this.from;
    if (length !== expected.length) return -1;
    const b = this.body;
    for (let j = 0; j < length; j += 1) if (b[this.from + j] !== expected[j]) return -1;
    return k;
  }

  /** A string with neither escape nor control character; its span, hash and ASCII-ness go to from, to, hash, ascii. */
  private string(): boolean {
    const b = this.body;
    let i = this.i;
    if (b[i] !== 0x22) return false;
    i += 1;
    const from = i;
    let h = FNV_OFFSET;
    let bits = 0;
    for (;;) {
      const c = b[i];
      if (c === 0x22) break;
      if (c === undefined || c < 0x20 || c === 0x5c) return false;
      h = Math.imul(h ^ c, FNV_PRIME);
      bits |= c;
      i += 1;
    }
    this.from = from;
    this.to = i;
    this.hash = h;
    this.ascii = bits < 0x80;
    this.i = i + 1;
    return true;
  }

  /** The last string is min–max UTF-16 units long (UTF-8 is never shorter in bytes, so a short one needs no decoding). */
  private fits(min: number, max: number): boolean {
    const bytes = this.to - this.from;
    if (bytes < min) return false;
    if (bytes <= max) return true;
    return !this.ascii && this.body.toString('utf8', this.from, this.to).length <= max;
  }

  /** A whole number in JSON's grammar of at most 15 digits within [min, max] (min ≥ 0), into `n`. */
  private int(min: number, max: number): boolean {
    const b = this.body;
    let i = this.i;
    const from = i;
    let value = 0;
    let c = b[i];
    while (c !== undefined && c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      c = b[++i];
    }
    const digits = i - from;
    if (digits === 0 || digits > 15 || (digits > 1 && b[from] === 0x30) || c === 0x2e || c === 0x65 || c === 0x45) return false;
    if (value < min || value > max) return false;
    this.i = i;
    this.n = value;
    return true;
  }

  /** A time as isoToUnixSeconds reads it, from year 100 (Date.UTC reads years 0–99 as 1900–1999), into `n`. */
  private time(): boolean {
    const b = this.body;
    const p = this.i + 1;
    if (b[this.i] !== 0x22 || b[p + 4] !== 0x2d || b[p + 7] !== 0x2d || b[p + 10] !== 0x54 || b[p + 13] !== 0x3a || b[p + 16] !== 0x3a) return false;
    const year = digits2(b, p) * 100 + digits2(b, p + 2);
    const month = digits2(b, p + 5);
    const day = digits2(b, p + 8);
    const hour = digits2(b, p + 11);
    const minute = digits2(b, p + 14);
    const second = digits2(b, p + 17);
    let j = p + 19;
    if (b[j] === 0x2e) {
      j += 1;
      const fraction = j;
      while (b[j] !== undefined && b[j]! >= 0x30 && b[j]! <= 0x39) j += 1;
      if (j === fraction) return false;
    }
    if (b[j] !== 0x5a || b[j + 1] !== 0x22) return false;
    const seconds = year < 100 ? null : utcSeconds(year, month, day, hour, minute, second);
    if (seconds === null) return false;
    this.n = seconds;
    this.i = j + 2;
    return true;
  }
}

const NULL = Buffer.from('null');
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');

/** Two ASCII digits at `i` as a number, or a negative one (so the caller's range check fails). */
function digits2(b: Buffer, i: number): number {
  const hi = (b[i] ?? 0) - 0x30;
  const lo = (b[i + 1] ?? 0) - 0x30;
  return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : -1000;
}
