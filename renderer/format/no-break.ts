/** Keeps a short value ("17:00 19/11/2026", "1.250.000 ₫") on one line inside a sentence. */
export function noBreak(text: string): string {
  return text.replace(/ /g, '\u00a0');
}
