import type { Candidate } from './candidate-query.ts';
import { tokenize } from './query-slots.ts';

/** What ranking needs of a procedure's name, worked out once per catalogue version. */
export interface NameWords {
  /** The folded name's words, leaving out parentheses ("(thực hiện tại cấp tỉnh)"). */
  tokens: string[];
  /** The levels (cấp thực hiện) that carry it out, e.g. ["Cấp xã"]. */
  levels: readonly string[];
}

const PARENTHESES = /\([^)]*\)/g;

export class NameWordsCache {
  private readonly byCode = new Map<string, NameWords>();

  get(candidate: Candidate): NameWords {
    let words = this.byCode.get(candidate.code);
    if (!words) {
      words = {
        tokens: tokenize(candidate.folded.replace(PARENTHESES, ' ')),
        levels: JSON.parse(candidate.levels_json) as string[],
      };
      this.byCode.set(candidate.code, words);
    }
    return words;
  }
}
