import type { FieldSummary, ListProceduresInput, ListProceduresOutput, ProcedureSummary } from '../../shared/contract/index.ts';

/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê …, tones after the letter), which the
 * host's plain SQL ordering does not give: it puts every "Đ…" after "Z" and "Chứng" before
 * "Cấp". Numbers in names compare as numbers.
 */
const vietnamese = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function byVietnameseName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => vietnamese.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function sortFields(fields: readonly FieldSummary[]): FieldSummary[] {
  return byVietnameseName(fields);
}

/** The contract's largest page of `listProcedures`. */
export const LIST_CHUNK = 500;

type ListProcedures = (input: ListProceduresInput) => Promise<ListProceduresOutput>;

/**
 * Every procedure of a field, in Vietnamese order. A field holds at most a few hundred, so the
 * kiosk reads them all (in the contract's largest pages) and turns the pages on screen itself:
 * only then can the order be right across pages.
 */
export async function wholeField(list: ListProcedures, field: string): Promise<ProcedureSummary[]> {
  const procedures: ProcedureSummary[] = [];
  for (;;) {
    const page = await list({ field, offset: procedures.length, limit: LIST_CHUNK });
    procedures.push(...page.procedures);
    if (page.procedures.length === 0 || procedures.length >= page.total) break;
  }
  return byVietnameseName(procedures);
}
