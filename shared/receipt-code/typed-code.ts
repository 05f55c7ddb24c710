import { SEQUENCE_MAX_DIGITS } from './grammar.ts';

// Code entry writes the separators of the standard grammar itself: `000.00.12.H53-261120-0009`
// is typed as 0000012H532611200009. Each group's separator shows as soon as the group is
// complete, so the citizen sees where the next part begins.
const GROUPS = [
  { length: 3, chars: /^\d*$/, then: '.' },
  { length: 2, chars: /^\d*$/, then: '.' },
  { length: 2, chars: /^\d*$/, then: '.' },
  { length: 3, chars: /^(?:[A-Z]\d{0,2})?$/, then: '-' },
  { length: 6, chars: /^\d*$/, then: '-' },
  { length: SEQUENCE_MAX_DIGITS, chars: /^\d*$/, then: '' },
] as const;

const SEPARATORS = /[.\-/ ]/g;

const significant = (typed: string): string => typed.toUpperCase().replace(SEPARATORS, '');

/** The letters and digits of a standard code typed so far, cut into its groups; null when they cannot begin one. */
function standardGroups(typed: string): string[] | null {
  let rest = significant(typed);
  const groups: string[] = [];
  for (const group of GROUPS) {
    if (rest === '') break;
    const part = rest.slice(0, group.length);
    if (!group.chars.test(part)) return null;
    groups.push(part);
    rest = rest.slice(group.length);
  }
  return rest === '' ? groups : null;
}

/**
 * What the code field shows for what was typed: the standard grammar's dots and dashes put in
 * where they belong, whether or not the citizen typed them. Text that cannot begin a standard
 * code (a site's older local format) is shown as typed, separators and all.
 */
export function formatTypedCode(typed: string): string {
  const groups = standardGroups(typed);
  if (groups === null) return typed.toUpperCase();
  return groups.map((part, i) => (part.length === GROUPS[i]!.length ? part + GROUPS[i]!.then : part)).join('');
}

/** The typed text after a delete: the last letter or digit goes, with the separators shown after it. */
export function deleteTypedChar(typed: string): string {
  if (standardGroups(typed) === null) return Array.from(typed).slice(0, -1).join('');
  return significant(typed).slice(0, -1);
}

/**
 * A field edited by a physical keyboard: when the only thing deleted was a separator the kiosk
 * put in (Backspace right after `000.`), the character before it goes as well, or it would
 * come straight back.
 */
export function typedAfterEdit(before: string, after: string): string {
  const separatorOnly = after.length < before.length && standardGroups(after) !== null && significant(after) === significant(before);
  return separatorOnly ? deleteTypedChar(after) : after;
}
