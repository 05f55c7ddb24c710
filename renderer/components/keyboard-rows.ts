/** The on-screen keyboards' function keys (react-simple-keyboard button names). */
export const KEY_BACKSPACE = '{bksp}';
export const KEY_SPACE = '{space}';
export const KEY_CLEAR = '{clear}';

/**
 * One layout for every on-screen keyboard a citizen meets (code entry and search): digits on
 * top, the letters in the order of the keyboards Vietnamese people type on, then the dot and
 * Delete; Clear and one wide key last.
 */
export function keyboardRows({ upperCase, wideKey }: { upperCase: boolean; wideKey: string }): string[] {
  const letters = ['q w e r t y u i o p', 'a s d f g h j k l', 'z x c v b n m'].map((row) => (upperCase ? row.toUpperCase() : row));
  return ['1 2 3 4 5 6 7 8 9 0', letters[0]!, letters[1]!, `${letters[2]} . ${KEY_BACKSPACE}`, `${KEY_CLEAR} ${wideKey}`];
}
