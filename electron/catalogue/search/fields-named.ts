import { foldVietnamese } from '../../../shared/text/fold.ts';
import type { QuerySlot } from './query-slots.ts';
import { tokenize } from './query-slots.ts';

/**
 * The ways a query may name a field (lĩnh vực): its whole name, what its parentheses say
 * ("Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)" → hộ kinh doanh) and its last
 * comma part ("Đăng ký, quản lý cư trú" → quản lý cư trú). One word is not enough: folded,
 * "thuế" is also "thuê".
 */
export function fieldNameForms(field: string): string[][] {
  const folded = foldVietnamese(field);
  const forms = [
    tokenize(folded.replace(/\([^)]*\)/g, ' ')),
    ...[...folded.matchAll(/\(([^)]*)\)/g)].map((m) => tokenize(m[1]!)),
    tokenize(folded.replace(/\([^)]*\)/g, ' ').split(',').at(-1)!),
  ];
  const seen = new Set<string>();
  return forms.filter((f) => f.length >= 2 && !seen.has(f.join(' ')) && seen.add(f.join(' ')));
}

const MAX_FIELDS = 3;

/**
 * The fields whose name the query holds word for word (as typed, not corrected), each with
 * the slots left once the name is taken out; the longest names first, a few at most.
 */
export function fieldsNamed(slots: readonly QuerySlot[], forms: ReadonlyMap<string, readonly string[][]>): Map<string, QuerySlot[]> {
  const typed = slots.map((s) => (s.terms.length === 1 ? s.typed : null));
  const found: { field: string; length: number; rest: QuerySlot[] }[] = [];
  for (const [field, names] of forms) {
    for (const name of names) {
      const at = indexOfRun(typed, name);
      if (at < 0) continue;
      found.push({ field, length: name.length, rest: [...slots.slice(0, at), ...slots.slice(at + name.length)] });
      break;
    }
  }
  found.sort((a, b) => b.length - a.length);
  return new Map(found.slice(0, MAX_FIELDS).map((f) => [f.field, f.rest]));
}

function indexOfRun(words: readonly (string | null)[], run: readonly string[]): number {
  for (let at = 0; at + run.length <= words.length; at += 1) {
    if (run.every((w, j) => words[at + j] === w)) return at;
  }
  return -1;
}
