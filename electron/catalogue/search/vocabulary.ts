import type { Database } from 'better-sqlite3';
import { editDistance, isSubsequence, prefixEditDistance, slipVariants } from './edit-distance.ts';
import type { QuerySlot } from './query-slots.ts';

export interface Correction {
  term: string;
  cost: number;
}

const MAX_CORRECTIONS = 12;
const MIN_SPLIT_PART = 2;
const MAX_SPLITS = 4;

/** Edits allowed for a word of this length: none for one letter, one up to five, then two. */
const allowedEdits = (length: number): number => (length <= 1 ? 0 : length <= 5 ? 1 : 2);

/**
 * The words of procedure names with how many names hold each, for correcting what FTS5
 * cannot: misspellings ("ket hn") and words run together ("tamtru"). Words are grouped by
 * first letter: a misspelling rarely starts with the wrong letter, and that keeps a lookup
 * well under a millisecond.
 */
export class Vocabulary {
  private readonly docs = new Map<string, number>();
  private readonly sorted: string[];
  /** docsBefore[i]: the document counts of sorted[0..i) summed, for counting a prefix's names at once. */
  private readonly docsBefore: number[];
  private readonly byFirstLetter = new Map<string, string[]>();

  constructor(entries: Iterable<{ term: string; doc: number }>) {
    for (const { term, doc } of entries) this.docs.set(term, doc);
    this.sorted = [...this.docs.keys()].sort();
    this.docsBefore = [0];
    for (const term of this.sorted) this.docsBefore.push(this.docsBefore.at(-1)! + this.docs.get(term)!);
    for (const term of this.sorted) {
      const list = this.byFirstLetter.get(term[0]!) ?? [];
      list.push(term);
      this.byFirstLetter.set(term[0]!, list);
    }
  }

  static load(db: Database): Vocabulary {
    return new Vocabulary(
      db.prepare<[], { term: string; doc: number }>("SELECT term, doc FROM procedures_fts_vocab WHERE col = 'name'").all(),
    );
  }

  has(term: string): boolean {
    return this.docs.has(term);
  }

  /** Is some word this one, or does one begin with it? */
  hasPrefix(prefix: string): boolean {
    const at = this.firstAtOrAfter(prefix);
    return at < this.sorted.length && this.sorted[at]!.startsWith(prefix);
  }

  /**
   * At most how many names hold one of the slot's terms (names holding several words of a
   * prefix are counted once per word): tells a query that matches a few names from one
   * that matches most of the catalogue before running it.
   */
  estimate(slot: QuerySlot): number {
    let total = 0;
    for (const t of slot.terms) {
      // A phrase (an expanded abbreviation) is in no more names than its rarest word.
      if (t.term.includes(' ')) total += Math.min(...t.term.split(' ').map((w) => this.docs.get(w) ?? 0));
      else if (!t.prefix) total += this.docs.get(t.term) ?? 0;
      else total += this.docsBefore[this.firstAtOrAfter(`${t.term}\uffff`)]! - this.docsBefore[this.firstAtOrAfter(t.term)]!;
    }
    return total;
  }

  /**
   * Words within a few edits of `typed` (of a beginning of the word when `prefix`), cheapest
   * first then most common. The slips of a finger on a touch keyboard (a letter skipped:
   * "hn" → "hon"; doubled: "tuu" → "tu"; two swapped: "khia" → "khai") cost less than
   * wrong letters.
   */
  corrections(typed: string, prefix: boolean): Correction[] {
    const max = allowedEdits(typed.length);
    if (max === 0) return [];
    const slips = slipVariants(typed);
    const found: Correction[] = [];
    for (const word of this.byFirstLetter.get(typed[0]!) ?? []) {
      if (word === typed) continue;
      const distance = prefix ? prefixEditDistance(typed, word, max) : editDistance(typed, word, max);
      if (distance > max) continue;
      const skipped = isSubsequence(typed, word) && (prefix || word.length - typed.length <= max);
      const slipped = slips.some((s) => (prefix ? word.startsWith(s) : word === s));
      found.push({ term: word, cost: skipped || slipped ? distance - 0.5 : distance });
    }
    return found
      .sort((a, b) => a.cost - b.cost || this.docs.get(b.term)! - this.docs.get(a.term)!)
      .slice(0, MAX_CORRECTIONS);
  }

  /**
   * The ways `typed` splits into the fewest words when typed without spaces ("khaisinh" →
   * [khai, sinh]; "kethon" → [ket, hon] and [ke, thon]), at most a few; empty when it does
   * not split. The last part may be the beginning of a word when `prefix`.
   */
  splits(typed: string, prefix: boolean): string[][] {
    const n = typed.length;
    const fewest: number[] = Array.from({ length: n + 1 }, () => Infinity);
    fewest[0] = 0;
    const fits = (start: number, end: number) => {
      const part = typed.slice(start, end);
      return this.has(part) || (prefix && end === n && this.hasPrefix(part));
    };
    for (let end = MIN_SPLIT_PART; end <= n; end += 1) {
      for (let start = 0; start <= end - MIN_SPLIT_PART; start += 1) {
        if (fewest[start]! + 1 < fewest[end]! && fits(start, end)) fewest[end] = fewest[start]! + 1;
      }
    }
    if (fewest[n] === Infinity || fewest[n]! < 2) return [];
    const found: string[][] = [];
    const walk = (end: number, tail: string[]) => {
      if (found.length >= MAX_SPLITS) return;
      if (end === 0) {
        found.push(tail);
        return;
      }
      for (let start = end - MIN_SPLIT_PART; start >= 0; start -= 1) {
        if (fewest[start]! + 1 === fewest[end]! && fits(start, end)) walk(start, [typed.slice(start, end), ...tail]);
      }
    };
    walk(n, []);
    return found;
  }

  private firstAtOrAfter(term: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
