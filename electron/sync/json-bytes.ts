/**
 * JSON read straight from the UTF-8 bytes of an answer, for the change feed's compact pages:
 * decoding a page to one string and JSON.parse-ing it whole made every row's objects live at
 * once (most of the page reader's garbage collection) and cost as much again as the rows' checks.
 * Only what a compact page needs is read here; anything else is left to JSON.parse, so a value
 * read here is always the value JSON.parse would give.
 */

/** Nesting deeper than this is left to JSON.parse (it has no such limit; a recursion here would). */
const MAX_DEPTH = 512;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The first byte at or after `i` that is not JSON white space. */
export function skipSpace(b: Uint8Array, i: number): number {
  while (i < b.length && isSpace(b[i]!)) i += 1;
  return i;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** Just past the string that starts at `i` (its opening quote), or -1 when it is not a JSON string. */
export function skipString(b: Uint8Array, i: number): number {
  if (b[i] !== QUOTE) return -1;
  const n = b.length;
  let j = i + 1;
  while (j < n) {
    const c = b[j]!;
    if (c === QUOTE) return j + 1;
    if (c === BACKSLASH) {
      const e = b[j + 1];
      if (e === 0x75 /* u */) {
        if (j + 5 >= n || !isHex(b[j + 2]!) || !isHex(b[j + 3]!) || !isHex(b[j + 4]!) || !isHex(b[j + 5]!)) return -1;
        j += 6;
      } else if (e === QUOTE || e === BACKSLASH || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        j += 2;
      } else return -1;
    } else if (c < 0x20) return -1;
    else j += 1;
  }
  return -1;
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

/** Just past the number that starts at `i`, or -1 when it is not a JSON number. */
function skipNumber(b: Uint8Array, i: number): number {
  let j = i;
  if (b[j] === 0x2d) j += 1;
  if (b[j] === 0x30) j += 1;
  else if (isDigit(b[j])) while (isDigit(b[j])) j += 1;
  else return -1;
  if (b[j] === 0x2e) {
    j += 1;
    if (!isDigit(b[j])) return -1;
    while (isDigit(b[j])) j += 1;
  }
  if (b[j] === 0x65 || b[j] === 0x45) {
    j += 1;
    if (b[j] === 0x2b || b[j] === 0x2d) j += 1;
    if (!isDigit(b[j])) return -1;
    while (isDigit(b[j])) j += 1;
  }
  return j;
}

function skipWord(b: Uint8Array, i: number, word: string): number {
  for (let k = 0; k < word.length; k += 1) if (b[i + k] !== word.charCodeAt(k)) return -1;
  return i + word.length;
}

/** Just past one scalar (string, number, true, false, null) at `i`, or -1. */
function skipScalar(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c === QUOTE) return skipString(b, i);
  if (c === 0x74) return skipWord(b, i, 'true');
  if (c === 0x66) return skipWord(b, i, 'false');
  if (c === 0x6e) return skipWord(b, i, 'null');
  return skipNumber(b, i);
}

/** skipValue's containers, innermost last (1: an array, 2: an object): one list, not one per row. */
const openContainers = new Uint8Array(MAX_DEPTH);

/**
 * Just past the JSON value at `i` (white space before it allowed), checked as JSON.parse would
 * check it; -1 when it is not valid JSON or nests deeper than MAX_DEPTH.
 */
export function skipValue(b: Uint8Array, i: number): number {
  const open = openContainers;
  let depth = 0;
  for (;;) {
    // A value is expected at i.
    i = skipSpace(b, i);
    const c = b[i];
    if (c === 0x5b || c === 0x7b) {
      if (depth === MAX_DEPTH) return -1;
      const close = c === 0x5b ? 0x5d : 0x7d;
      i = skipSpace(b, i + 1);
      if (b[i] === close) i += 1;
      else {
        open[depth++] = c === 0x5b ? 1 : 2;
        if (c === 0x7b) {
          i = skipKey(b, i);
          if (i < 0) return -1;
        }
        continue;
      }
    } else {
      i = skipScalar(b, i);
      if (i < 0) return -1;
    }
    // After a value: close containers or go on to the next element.
    for (;;) {
      if (depth === 0) return i;
      i = skipSpace(b, i);
      const inside = open[depth - 1];
      const d = b[i];
      if (d === 0x2c) {
        i += 1;
        if (inside === 2) {
          i = skipKey(b, skipSpace(b, i));
          if (i < 0) return -1;
        }
        break;
      }
      if ((d === 0x5d && inside === 1) || (d === 0x7d && inside === 2)) {
        depth -= 1;
        i += 1;
        continue;
      }
      return -1;
    }
  }
}

/** Past `"key" :` at `i`, or -1. */
function skipKey(b: Uint8Array, i: number): number {
  i = skipString(b, i);
  if (i < 0) return -1;
  i = skipSpace(b, i);
  return b[i] === 0x3a ? i + 1 : -1;
}

/** The string JSON.parse would read from the bytes [start, end) of a valid JSON value. */
export function parseSlice(b: Buffer, start: number, end: number): unknown {
  return JSON.parse(b.toString('utf8', start, end));
}

/** Returned by readRow when the value needs JSON.parse (an escape, a fraction, an object, deep nesting). */
export const NEEDS_JSON_PARSE = Symbol('needs JSON.parse');

/**
 * The value of the valid JSON (see skipValue) at [start, end): arrays, plain strings, whole
 * numbers of up to 15 digits, true, false and null are read here, which is all a well-formed
 * compact row holds; anything else gives NEEDS_JSON_PARSE.
 */
export function readRow(b: Buffer, start: number): unknown {
  reader.b = b;
  reader.i = start;
  const value = reader.value(0);
  return value;
}

class RowReader {
  b: Buffer = Buffer.alloc(0);
  i = 0;

  value(depth: number): unknown {
    const b = this.b;
    let i = skipSpace(b, this.i);
    const c = b[i]!;
    if (c === QUOTE) {
      let j = i + 1;
      let ascii = true;
      for (;;) {
        const d = b[j]!;
        if (d === QUOTE) break;
        if (d === BACKSLASH) return NEEDS_JSON_PARSE;
        if (d >= 0x80) ascii = false;
        j += 1;
      }
      this.i = j + 1;
      return b.toString(ascii ? 'latin1' : 'utf8', i + 1, j);
    }
    if (c === 0x5b) {
      if (depth >= 8) return NEEDS_JSON_PARSE;
      const list: unknown[] = [];
      i = skipSpace(b, i + 1);
      if (b[i] === 0x5d) {
        this.i = i + 1;
        return list;
      }
      this.i = i;
      for (;;) {
        const item = this.value(depth + 1);
        if (item === NEEDS_JSON_PARSE) return item;
        list.push(item);
        i = skipSpace(b, this.i);
        if (b[i] === 0x5d) {
          this.i = i + 1;
          return list;
        }
        // Valid JSON: a comma.
        this.i = i + 1;
      }
    }
    if (c === 0x74) {
      this.i = i + 4;
      return true;
    }
    if (c === 0x66) {
      this.i = i + 5;
      return false;
    }
    if (c === 0x6e) {
      this.i = i + 4;
      return null;
    }
    if (c === 0x7b) return NEEDS_JSON_PARSE;
    // A number.
    const negative = c === 0x2d;
    if (negative) i += 1;
    const from = i;
    let n = 0;
    for (;;) {
      const d = b[i];
      if (d === undefined || d < 0x30 || d > 0x39) break;
      n = n * 10 + (d - 0x30);
      i += 1;
    }
    const next = b[i];
    if (i - from > 15 || next === 0x2e || next === 0x65 || next === 0x45) return NEEDS_JSON_PARSE;
    this.i = i;
    return negative ? -n : n;
  }
}

const reader = new RowReader();

/** The answer as text, as the HTTP client reads a text answer: UTF-8, without a leading byte-order mark. */
export function textOf(body: Buffer): string {
  const text = body.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
