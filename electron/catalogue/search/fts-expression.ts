import type { QuerySlot } from './query-slots.ts';

export interface ExpressionOptions {
  /** AND: every slot must be found; OR: any will do; PHRASE: all of them, in order, side by side. */
  join: 'AND' | 'OR' | 'PHRASE';
  /** Search only this column. */
  column?: 'name';
  /** The first slot must be the column's first word (FTS5's `^`). */
  initial?: boolean;
}

const quoted = (term: string, prefix: boolean) => `"${term}"${prefix ? '*' : ''}`;

/**
 * An FTS5 MATCH expression. Each slot is an OR of its terms; a phrase takes each slot's
 * first term, with FTS5 applying the prefix to its last word. Terms are folded letters and
 * digits only, so quoting them is all the escaping needed.
 */
export function ftsExpression(slots: readonly QuerySlot[], options: ExpressionOptions): string {
  const caret = options.initial ? '^' : '';
  let expression: string;
  if (options.join === 'PHRASE') {
    const last = slots.at(-1)!.terms[0]!;
    expression = caret + quoted(slots.map((s) => s.terms[0]!.term).join(' '), last.prefix);
  } else {
    expression = slots
      .map((slot, i) => {
        const terms = slot.terms.map((t) => (i === 0 ? caret : '') + quoted(t.term, t.prefix));
        return terms.length === 1 ? terms[0]! : `(${terms.join(' OR ')})`;
      })
      .join(` ${options.join} `);
  }
  return options.column ? `{${options.column}} : (${expression})` : expression;
}
