import type { FieldSummary } from '../../../shared/contract/procedure.ts';
import { foldVietnamese } from '../../../shared/text/fold.ts';
import { editDistance } from './edit-distance.ts';
import { tokenize } from './query-slots.ts';

const SUGGESTIONS = 4;

/** How many of the typed words a field's name shows, allowing the beginning of a word and one slip. */
function overlap(typed: readonly string[], fieldWords: readonly string[]): number {
  return typed.filter((t) =>
    fieldWords.some((w) => w.startsWith(t) || (t.length > 2 && editDistance(t, w, 1) <= 1)),
  ).length;
}

/**
 * Fields to offer when a search finds nothing: those whose names share the most words with
 * the query, then the largest; with no word in common, the largest fields.
 */
export function suggestFields(fields: readonly FieldSummary[], query: string): FieldSummary[] {
  const typed = tokenize(foldVietnamese(query));
  return fields
    .map((field) => ({ field, shared: overlap(typed, tokenize(foldVietnamese(field.name))) }))
    .sort((a, b) => b.shared - a.shared || b.field.count - a.field.count)
    .slice(0, SUGGESTIONS)
    .map(({ field }) => field);
}
