import type { Candidate } from './candidate-query.ts';
import type { NameWordsCache } from './name-words.ts';
import type { QuerySlot, SlotTerm } from './query-slots.ts';

export interface RankedCandidate extends Candidate {
  score: number;
  /** The term that filled each slot in the name, when the name holds every slot. */
  matchedTerms: string[] | null;
}

// Tiers: the query as a phrase in the name, every word somewhere in the name, some words in the name.
const PHRASE_IN_NAME = 1000;
const ALL_WORDS_IN_NAME = 600;
const SOME_WORDS_IN_NAME = 200;
const COST_PENALTY = 120;
const PHRASE_AT_START = 40;
const COVERAGE = 80;
const BM25_WEIGHT = 2;
const BM25_CAP = 20;
// Less than the gap between tiers: the site's level orders procedures within a tier, not across.
const OWN_LEVEL = 30;
const FIELD_NAMED = 150;

interface Fill {
  term: string;
  cost: number;
  /** How many name tokens the term covers (an expanded abbreviation covers several). */
  width: number;
}

// Only expanded abbreviations have several words, so this stays as small as their list.
const wordsOfTerm = new Map<string, readonly string[]>();
const wordsOf = (term: string): readonly string[] => {
  let words = wordsOfTerm.get(term);
  if (!words) wordsOfTerm.set(term, (words = term.split(' ')));
  return words;
};

/** Does `t` (one word, or a phrase such as an abbreviation stands for) start at tokens[at]? How many tokens it covers. */
function termAt(t: SlotTerm, tokens: readonly string[], at: number): number {
  if (!t.term.includes(' ')) {
    const token = tokens[at];
    return token !== undefined && (t.prefix ? token.startsWith(t.term) : token === t.term) ? 1 : 0;
  }
  const words = wordsOf(t.term);
  for (let j = 0; j < words.length; j += 1) {
    const token = tokens[at + j];
    if (token === undefined) return 0;
    const isLast = j === words.length - 1;
    if (!(t.prefix && isLast ? token.startsWith(words[j]!) : token === words[j])) return 0;
  }
  return words.length;
}

/** The cheapest term of `slot` that starts at tokens[at], or undefined. */
function cheapestFill(slot: QuerySlot, tokens: readonly string[], at: number): Fill | undefined {
  let best: Fill | undefined;
  for (const t of slot.terms) {
    const width = termAt(t, tokens, at);
    if (width > 0 && (!best || t.cost < best.cost)) best = { term: t.term, cost: t.cost, width };
  }
  return best;
}

function phraseMatch(slots: readonly QuerySlot[], tokens: readonly string[]) {
  let best: { at: number; cost: number; terms: string[]; width: number } | null = null;
  for (let at = 0; at < tokens.length; at += 1) {
    let cost = 0;
    let next = at;
    const terms: string[] = [];
    for (let j = 0; j < slots.length && cost < Infinity; j += 1) {
      const fill = cheapestFill(slots[j]!, tokens, next);
      cost = fill ? cost + fill.cost : Infinity;
      if (fill) {
        terms.push(fill.term);
        next += fill.width;
      }
    }
    if (cost < (best?.cost ?? Infinity)) best = { at, cost, terms, width: next - at };
  }
  return best;
}

function wordsInName(slots: readonly QuerySlot[], tokens: readonly string[]) {
  let cost = 0;
  let width = 0;
  const terms: string[] = [];
  for (const slot of slots) {
    for (let at = 0; at < tokens.length; at += 1) {
      const fill = cheapestFill(slot, tokens, at);
      if (!fill) continue;
      cost += fill.cost;
      width += fill.width;
      terms.push(fill.term);
      break;
    }
  }
  return { matched: terms.length, cost, terms, width };
}

/** Where the kiosk stands and what the query names besides words of procedure names. */
export interface RankContext {
  names: NameWordsCache;
  /** The site's level (cấp thực hiện, e.g. "Cấp xã"): its procedures come before other levels'. */
  ownLevel: string | null;
  /** Fields whose name the query holds, each with the slots left once that name is taken out. */
  fieldSlots: ReadonlyMap<string, readonly QuerySlot[]>;
}

interface NameScore {
  tier: number;
  covered: number;
  matchedTerms: string[] | null;
}

function nameScore(slots: readonly QuerySlot[], tokens: readonly string[]): NameScore {
  // The query is the field's name and nothing else: as good as the query as a phrase in the name.
  if (slots.length === 0) return { tier: PHRASE_IN_NAME, covered: 0, matchedTerms: [] };
  const phrase = phraseMatch(slots, tokens);
  if (phrase) {
    const tier = PHRASE_IN_NAME - phrase.cost * COST_PENALTY + (phrase.at === 0 ? PHRASE_AT_START : 0);
    return { tier, covered: phrase.width, matchedTerms: phrase.terms };
  }
  const words = wordsInName(slots, tokens);
  if (words.matched === slots.length) {
    return { tier: ALL_WORDS_IN_NAME - words.cost * COST_PENALTY, covered: words.width, matchedTerms: words.terms };
  }
  return { tier: (SOME_WORDS_IN_NAME * words.matched) / slots.length - words.cost * COST_PENALTY, covered: words.width, matchedTerms: null };
}

function score(candidate: Candidate, slots: readonly QuerySlot[], context: RankContext): RankedCandidate {
  const { tokens, levels } = context.names.get(candidate);
  const total = (s: NameScore) => s.tier + Math.min(1, s.covered / Math.max(1, tokens.length)) * COVERAGE;
  let best = nameScore(slots, tokens);
  let bestTotal = total(best);
  const rest = context.fieldSlots.get(candidate.field);
  if (rest) {
    // The query names this procedure's field: the rest of it is what the name must show.
    const inField = nameScore(rest, tokens);
    const inFieldTotal = total(inField) + FIELD_NAMED;
    if (inFieldTotal > bestTotal) {
      best = { ...inField, matchedTerms: null };
      bestTotal = inFieldTotal;
    }
  }
  const relevance = Math.min(BM25_CAP, -candidate.bm25) * BM25_WEIGHT;
  const ownLevel = context.ownLevel !== null && levels.includes(context.ownLevel) ? OWN_LEVEL : 0;
  return { ...candidate, score: bestTotal + relevance + ownLevel, matchedTerms: best.matchedTerms };
}

/**
 * Orders what FTS5 found the way a citizen expects: the query as a phrase in the name first
 * (best at its start), then every word in the name, then the rest; a procedure of a field
 * the query names is judged by the rest of the query and comes before other fields' that
 * only share words; within a tier, the site's own level first, then names the query covers
 * more of, then FTS5's bm25 over name and body.
 */
export function rankCandidates(candidates: readonly Candidate[], slots: readonly QuerySlot[], context: RankContext): RankedCandidate[] {
  return candidates
    .map((c) => score(c, slots, context))
    .sort((a, b) => b.score - a.score || a.name.length - b.name.length);
}
