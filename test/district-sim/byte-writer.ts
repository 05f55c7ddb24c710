const DAY = 86_400;
const ZERO = 48;
const QUOTE = 34;
const LETTER_Z = 90;
/** Fragments up to this length are copied byte by byte, which beats `TypedArray#set` on short runs. */
const SHORT = 12;

const DAYS_CACHED = 65_536;
/** `"2023-09-15T` by Unix day, shared by all writers. */
const datePrefixes: (Buffer | undefined)[] = new Array<Buffer | undefined>(DAYS_CACHED).fill(undefined);

function datePrefix(day: number): Buffer {
  const cached = day >= 0 && day < DAYS_CACHED ? datePrefixes[day] : undefined;
  if (cached) return cached;
  const prefix = Buffer.from(`"${new Date(day * DAY * 1000).toISOString().slice(0, 11)}`);
  if (day >= 0 && day < DAYS_CACHED) datePrefixes[day] = prefix;
  return prefix;
}

/** `HH:mm:ss` of every second of a day, 8 bytes each. */
const TIMES_OF_DAY = (() => {
  const table = Buffer.alloc(DAY * 8);
  const two = (n: number) => String(n).padStart(2, '0');
  for (let second = 0; second < DAY; second++) {
    table.write(`${two(Math.floor(second / 3600))}:${two(Math.floor(second / 60) % 60)}:${two(second % 60)}`, second * 8, 'latin1');
  }
  return table;
})();

const encodedTexts = new Map<string, Buffer>();

/**
 * Appends UTF-8 JSON text to a growing buffer. Pages of a million dossiers are written with
 * this instead of strings: concatenated strings must be flattened and re-encoded, which cost
 * more than generating the data.
 */
export class ByteWriter {
  private buffer: Buffer;
  private length = 0;

  constructor(capacity = 64 * 1024) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  private room(bytes: number): Buffer {
    if (this.length + bytes > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    return this.buffer;
  }

  /** Pre-encoded bytes, such as a constant fragment of JSON. */
  bytes(bytes: Uint8Array): this {
    const n = bytes.length;
    const buffer = this.room(n);
    const at = this.length;
    if (n > SHORT) buffer.set(bytes, at);
    else for (let i = 0; i < n; i++) buffer[at + i] = bytes[i] as number;
    this.length = at + n;
    return this;
  }

  /** A string known to be ASCII with nothing to escape (codes, digits, punctuation). */
  ascii(text: string): this {
    const buffer = this.room(text.length);
    let at = this.length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
    return this;
  }

  /** Any string as a JSON string literal. */
  text(text: string): this {
    let encoded = encodedTexts.get(text);
    if (encoded === undefined) {
      encoded = Buffer.from(JSON.stringify(text));
      if (encodedTexts.size < 10_000) encodedTexts.set(text, encoded);
    }
    return this.bytes(encoded);
  }

  uint(value: number): this {
    if (value >= 10) return this.ascii(String(value));
    const buffer = this.room(1);
    buffer[this.length++] = ZERO + value;
    return this;
  }

  /** `"2023-09-15T01:30:00Z"` (quoted) for Unix seconds, after an optional label such as `,"dueAt":`. */
  isoUtc(seconds: number, label?: Uint8Array): this {
    const day = Math.floor(seconds / DAY);
    const prefix = datePrefix(day);
    const labelLength = label ? label.length : 0;
    const buffer = this.room(labelLength + prefix.length + 10);
    let at = this.length;
    for (let i = 0; i < labelLength; i++) buffer[at++] = (label as Uint8Array)[i] as number;
    for (let i = 0; i < prefix.length; i++) buffer[at++] = prefix[i] as number;
    const time = (seconds - day * DAY) * 8;
    for (let i = 0; i < 8; i++) buffer[at++] = TIMES_OF_DAY[time + i] as number;
    buffer[at++] = LETTER_Z;
    buffer[at++] = QUOTE;
    this.length = at;
    return this;
  }

  get size(): number {
    return this.length;
  }

  /** The bytes written so far (a view, valid until the next write). */
  view(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  toString(): string {
    return this.buffer.toString('utf8', 0, this.length);
  }
}

/** A constant JSON fragment, encoded once. */
export const fragment = (json: string): Buffer => Buffer.from(json);
