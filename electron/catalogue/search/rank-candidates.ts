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
const LOCAL_LEVEL_BONUS = 3;

/** The cheapest term of `slot` that `token` shows, or undefined. */
function cheapestFill(slot: QuerySlot, token: string): SlotTerm | undefined {
  let best: SlotTerm | undefined;
  for (const t of slot.terms) {
    const fills = t.prefix ? token.startsWith(t.term) : token === t.term;
    if (fills && (!best || t.cost < best.cost)) best = t;
  }
  return best;
}

function phraseMatch(slots: readonly QuerySlot[], tokens: readonly string[]) {
  let best: { at: number; cost: number; terms: string[] } | null = null;
  for (let at = 0; at + slots.length <= tokens.length; at += 1) {
    let cost = 0;
    const terms: string[] = [];
    for (let j = 0; j < slots.length && cost < Infinity; j += 1) {
      const t = cheapestFill(slots[j]!, tokens[at + j]!);
      cost = t ? cost + t.cost : Infinity;
      if (t) terms.push(t.term);
    }
    if (cost < (best?.cost ?? Infinity)) best = { at, cost, terms };
  }
  return best;
}

function wordsInName(slots: readonly QuerySlot[], tokens: readonly string[]) {
  let cost = 0;
  const terms: string[] = [];
  for (const slot of slots) {
    for (const token of tokens) {
      const fill = cheapestFill(slot, token);
      if (!fill) continue;
      cost += fill.cost;
      terms.push(fill.term);
      break;
    }
  }
  return { matched: terms.length, cost, terms };
}

function score(candidate: Candidate, slots: readonly QuerySlot[], names: NameWordsCache): RankedCandidate {
  const { tokens, local } = names.get(candidate);
  const phrase = phraseMatch(slots, tokens);
  let tier: number;
  let matchedTerms: string[] | null = null;
  let matched = slots.length;
  if (phrase) {
    tier = PHRASE_IN_NAME - phrase.cost * COST_PENALTY + (phrase.at === 0 ? PHRASE_AT_START : 0);
    matchedTerms = phrase.terms;
  } else {
    const words = wordsInName(slots, tokens);
    matched = words.matched;
    if (matched === slots.length) {
      tier = ALL_WORDS_IN_NAME - words.cost * COST_PENALTY;
      matchedTerms = words.terms;
    } else {
      tier = (SOME_WORDS_IN_NAME * matched) / slots.length - words.cost * COST_PENALTY;
    }
  }
  const coverage = Math.min(1, matched / Math.max(1, tokens.length));
  const relevance = Math.min(BM25_CAP, -candidate.bm25) * BM25_WEIGHT;
  return { ...candidate, score: tier + coverage * COVERAGE + relevance + (local ? LOCAL_LEVEL_BONUS : 0), matchedTerms };
}

/**
 * Orders what FTS5 found the way a citizen expects: the query as a phrase in the name first
 * (best at its start), then every word in the name, then the rest; within a tier, names
 * the query covers more of, then FTS5's bm25 over name and body, then commune-level ones.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  slots: readonly QuerySlot[],
  names: NameWordsCache,
): RankedCandidate[] {
  return candidates
    .map((c) => score(c, slots, names))
    .sort((a, b) => b.score - a.score || a.name.length - b.name.length);
}
