const COMBINING_MARKS = /[\u0300-\u036f]/g;
// NFD leaves đ as its own letter; Ð/ð (the Icelandic eth) stands in for it in text
// converted from legacy Vietnamese encodings.
const D_WITH_STROKE = /[đð]/g;
const WHITESPACE_RUN = /\s+/g;
const PRINTABLE_ASCII_ONLY = /^[\x20-\x7e]*$/;

/**
 * Folds Vietnamese text for diacritic-insensitive search:
 * "Đăng  ký khai sinh" → "dang ky khai sinh".
 */
export function foldVietnamese(s: string): string {
  let folded = s.toLowerCase();
  if (!PRINTABLE_ASCII_ONLY.test(folded)) {
    folded = folded.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_WITH_STROKE, 'd');
  }
  return folded.replace(WHITESPACE_RUN, ' ').trim();
}
