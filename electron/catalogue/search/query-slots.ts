import { foldVietnamese } from '../../../shared/text/fold.ts';

/** One word the searched text may show as: an indexed word, exactly or as its beginning. */
export interface SlotTerm {
  term: string;
  prefix: boolean;
  /** 0 for what was typed; more for a correction, so corrected matches rank lower. */
  cost: number;
}

/** One position of the query: any of its terms may fill it. */
export interface QuerySlot {
  typed: string;
  terms: SlotTerm[];
}

export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'code'; code: string }
  | { kind: 'words'; slots: QuerySlot[] };

// "1.001193", or its beginning while it is typed ("1.0011"); the national codes are digit.digits.
const PROCEDURE_CODE = /^\d{1,2}\.\d{0,6}$/;
const TOKEN_SEPARATOR = /[^\p{L}\p{N}]+/u;
const MAX_SLOTS = 12;

/** Splits a query the way FTS5's unicode61 tokenizer splits the folded index text. */
export const tokenize = (folded: string): string[] => folded.split(TOKEN_SEPARATOR).filter((t) => t !== '');

/**
 * Folds the query and makes one slot per word. The last word is a prefix while it is being
 * typed, i.e. unless the query ends with a space.
 */
export function parseQuery(raw: string): ParsedQuery {
  const trimmed = raw.trim();
  if (PROCEDURE_CODE.test(trimmed)) return { kind: 'code', code: trimmed };
  const tokens = tokenize(foldVietnamese(raw)).slice(0, MAX_SLOTS);
  if (tokens.length === 0) return { kind: 'empty' };
  const stillTyping = !/\s$/.test(raw);
  return {
    kind: 'words',
    slots: tokens.map((token, i) => ({
      typed: token,
      terms: [{ term: token, prefix: stillTyping && i === tokens.length - 1, cost: 0 }],
    })),
  };
}
