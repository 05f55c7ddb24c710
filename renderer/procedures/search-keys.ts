import { KEY_BACKSPACE, KEY_CLEAR, KEY_SPACE, keyboardRows } from '../components/keyboard-rows.ts';

/** What the search field takes: the contract allows 200 characters, a name needs far fewer. */
export const MAX_QUERY_LENGTH = 80;

export { KEY_BACKSPACE, KEY_CLEAR, KEY_SPACE };

/** The citizen's one keyboard layout with a space bar. No diacritics: the search folds them. */
export const SEARCH_KEYBOARD_ROWS: readonly string[] = keyboardRows({ upperCase: false, wideKey: KEY_SPACE });

/** The query after a tap on the on-screen keyboard. */
export function applySearchKey(query: string, button: string): string {
  switch (button) {
    case KEY_BACKSPACE:
      return Array.from(query).slice(0, -1).join('');
    case KEY_CLEAR:
      return '';
    case KEY_SPACE:
      // No leading or doubled spaces: they only make the citizen wonder what was typed.
      return query === '' || query.endsWith(' ') || query.length >= MAX_QUERY_LENGTH ? query : `${query} `;
    default:
      if (Array.from(button).length !== 1) return query;
      return query.length >= MAX_QUERY_LENGTH ? query : query + button;
  }
}

/** Text from a physical keyboard (or pasted): one line, no longer than the field takes. */
export function cleanTypedQuery(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').slice(0, MAX_QUERY_LENGTH);
}

/** The query as sent to the host: spaces collapsed; empty means "nothing to search yet". */
export function queryToSend(query: string): string {
  return query.trim().replace(/\s+/g, ' ');
}
