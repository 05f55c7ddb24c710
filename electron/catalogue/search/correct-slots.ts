import type { QuerySlot, SlotTerm } from './query-slots.ts';
import type { Vocabulary } from './vocabulary.ts';

// Words run together are almost surely what was meant; a changed letter less so.
const SPLIT_COST = 0.25;

export type Correcting = 'unknown-words' | 'every-word';

/** Runs of words ([[ket, hon], [ke, thon]]) as slots side by side, each slot taking every split's word there. */
function splitSlots(splits: string[][], prefix: boolean): QuerySlot[] {
  return splits[0]!.map((_, i) => {
    const terms: SlotTerm[] = [];
    for (const split of splits) {
      if (!terms.some((t) => t.term === split[i])) {
        terms.push({ term: split[i]!, prefix: prefix && i === split.length - 1, cost: SPLIT_COST });
      }
    }
    return { typed: terms[0]!.term, terms };
  });
}

/**
 * The query with what FTS5 cannot match literally corrected. A word no name holds is split
 * into the words it runs together ("tamtru" → tam, tru) or else replaced by the indexed
 * words a few edits away ("hn" → hon, hen, …). With 'every-word', words that names do hold
 * are widened too ("ket hom" → hom or hon), keeping themselves as the free choice. Null
 * when there is nothing to correct.
 */
export function correctSlots(slots: readonly QuerySlot[], vocabulary: Vocabulary, correcting: Correcting): QuerySlot[] | null {
  let changed = false;
  const corrected: QuerySlot[] = [];
  for (const slot of slots) {
    if (slot.terms.length > 1) {
      // An abbreviation already stands for its phrases.
      corrected.push(slot);
      continue;
    }
    const typed = slot.terms[0]!;
    const known = typed.prefix ? vocabulary.hasPrefix(typed.term) : vocabulary.has(typed.term);
    if (known && correcting === 'unknown-words') {
      corrected.push(slot);
      continue;
    }
    const splits = known ? [] : vocabulary.splits(typed.term, typed.prefix);
    if (splits.length > 0) {
      changed = true;
      corrected.push(...splitSlots(splits, typed.prefix));
      continue;
    }
    const corrections = vocabulary.corrections(typed.term, typed.prefix);
    if (corrections.length > 0) changed = true;
    const widened = corrections.map((c) => ({ term: c.term, prefix: false, cost: c.cost }));
    corrected.push({ typed: slot.typed, terms: known || widened.length === 0 ? [typed, ...widened] : widened });
  }
  return changed ? corrected : null;
}
