import { gluedSyllableSplit } from './glued-words.ts';

const TEMPLATE_EXTENSION = /\.(docx?|pdf|xlsx?|rtf|odt)$/i;
const MAX_TEMPLATE_LENGTH = 120;
const LETTER = /\p{L}/u;
const LEADING_WORD = /^\p{L}+/u;

const isUpper = (ch: string | undefined) => !!ch && ch !== ch.toLowerCase();
const isLower = (ch: string | undefined) => !!ch && ch !== ch.toUpperCase();
const isDigit = (ch: string | undefined) => !!ch && ch >= '0' && ch <= '9';
const isLetter = (ch: string | undefined) => !!ch && LETTER.test(ch);

/**
 * Does punctuation end the name just before `i`? A full stop counts only before a space or
 * a word, not inside "Mẫu I.1.8.a.docx" or "Mau 12.12.docx".
 */
function isPunctuationBoundary(text: string, i: number): boolean {
  const before = text[i - 1];
  if (before === ';' || before === ':') return true;
  if (before === ')') return /[\p{L}\p{N}]/u.test(text[i]!); // "(Mẫu CC01)Mẫu CC01 Phiếu….doc"
  if (before !== '.') return false;
  return /\s/.test(text[i]!) || (LEADING_WORD.exec(text.slice(i))?.[0].length ?? 0) >= 2;
}

/** A name glued to the next word, seen from the letters' case around `i`. */
function isCaseGlue(text: string, i: number): boolean {
  const [before, at, after] = [text[i - 1], text[i], text[i + 1]];
  if (isLower(before) && isUpper(at)) return true; // "quy địnhBáo cáo"
  // "TT-BNNMTMẫu số", "2025Mẫu số": an acronym or a number, then a capitalised word.
  return isUpper(at) && isLower(after) && (isDigit(before) || (isUpper(before) && isUpper(text[i - 2])));
}

/** Where the file name ending at `end` starts, scanning back to the nearest boundary; -1 for none. */
function templateStart(text: string, end: number): number {
  const stop = Math.max(0, end - MAX_TEMPLATE_LENGTH);
  let depth = 0;
  for (let i = end - 1; i > stop; i -= 1) {
    if (depth === 0 && (isPunctuationBoundary(text, i) || isCaseGlue(text, i))) return i;
    if (text[i] === ')') depth += 1;
    else if (text[i] === '(') depth = Math.max(0, depth - 1);
    if (depth === 0 && isLetter(text[i]) && !isLetter(text[i - 1])) {
      const split = gluedSyllableSplit(LEADING_WORD.exec(text.slice(i))![0]);
      if (split > 0 && i + split < end) return i + split; // "quy địnhbáo cáo"
    }
  }
  return -1;
}

export interface SplitRow {
  name: string;
  formTemplate: string | null;
  /** False when a form file is there but where the name ends could not be seen. */
  separated: boolean;
}

/**
 * Separates a document name from the form files glued to its end: "Tờ khai theo mẫu quy
 * địnhMẫu số 01.docx" → name "Tờ khai theo mẫu quy định", template "Mẫu số 01.docx". A short
 * row that is nothing but a file name is both the name and the template.
 */
export function splitFormTemplate(row: string): SplitRow {
  const templates: string[] = [];
  let text = row.trim();
  for (let extension = TEMPLATE_EXTENSION.exec(text); extension; extension = TEMPLATE_EXTENSION.exec(text)) {
    const start = templateStart(text, extension.index);
    if (start > 0) {
      templates.unshift(text.slice(start).trim());
      text = text.slice(0, start).trim();
      continue;
    }
    if (text.length > MAX_TEMPLATE_LENGTH) {
      return { name: text, formTemplate: templates.length ? templates.join('; ') : null, separated: false };
    }
    templates.unshift(text);
    text = text.slice(0, extension.index);
  }
  return { name: text.trim(), formTemplate: templates.length ? templates.join('; ') : null, separated: true };
}
