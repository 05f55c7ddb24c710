import type { Candidate } from './candidate-query.ts';
import { tokenize } from './query-slots.ts';

/** What ranking needs of a procedure's name, worked out once per catalogue version. */
export interface NameWords {
  /** The folded name's words, leaving out parentheses ("(thực hiện tại cấp tỉnh)"). */
  tokens: string[];
  /** Done at the commune level, where this kiosk stands. */
  local: boolean;
}

const PARENTHESES = /\([^)]*\)/g;
const LOCAL_LEVEL = 'Cấp xã';

export class NameWordsCache {
  private readonly byCode = new Map<string, NameWords>();

  get(candidate: Candidate): NameWords {
    let words = this.byCode.get(candidate.code);
    if (!words) {
      words = {
        tokens: tokenize(candidate.folded.replace(PARENTHESES, ' ')),
        local: (JSON.parse(candidate.levels_json) as string[]).includes(LOCAL_LEVEL),
      };
      this.byCode.set(candidate.code, words);
    }
    return words;
  }
}
