import type { LegalBasisEntry } from '../../../shared/contract/procedure.ts';
import type { ParsedPart } from './parsed-part.ts';
import { textOrNull } from './source-text.ts';

const TABLE_HEADER = 'Tên văn bản pháp lýMã văn bản';
// "123/2015/NĐ-CP", "66.7/2025/NQ-CP", "17/2019/QĐ-TTg" (the Prime Minister's decisions are
// the one suffix with lower case), "54/2014/QH13" (the digits after the letters are read
// separately); never swallowing the capital that starts the next title ("NĐ-CPNghị định").
const DOCUMENT_NUMBER = /\d+(?:\.\d+)?\/\d{4}\/[A-ZĐ]+(?:-(?:TTg|[A-ZĐ]+))*(?!\p{Ll})/gu;
const DIGITS = /^\d+/;

/**
 * The digits that close a number like "QH13", when digits follow its letters. The table
 * glues a law's number to the next one ("QH1354/2014/QH13"), so among the ways of cutting
 * the digits, prefer the one where the same number follows at once (the title's own number
 * then the table's), else keep at most two digits unless they start the next number.
 */
function closingDigits(base: string, after: string): string {
  const digits = DIGITS.exec(after)?.[0] ?? '';
  if (digits === '') return '';
  for (const k of [2, 1, 0]) {
    if (k <= digits.length && after.slice(k).startsWith(base + digits.slice(0, k))) return digits.slice(0, k);
  }
  if (after[digits.length] === '/') return '';
  return digits.slice(0, 2);
}

/**
 * Reads the flattened "Căn cứ pháp lý" table, rows of title then number glued together:
 * `Luật 54/2014/QH1354/2014/QH13Nghị định số 123/2015/NĐ-CP ngày …Luật Hộ tịch123/2015/NĐ-CP`.
 */
export function parseLegalBasis(raw: string): ParsedPart<LegalBasisEntry[]> {
  const text = raw.trim();
  if (textOrNull(text) === null) return { value: [], unparsed: null, problems: [] };
  if (!text.startsWith(TABLE_HEADER)) {
    return { value: [], unparsed: text, problems: ['legal basis: the table header is missing'] };
  }
  const body = text.slice(TABLE_HEADER.length);
  const entries: LegalBasisEntry[] = [];
  let from = 0;
  const numbers = new RegExp(DOCUMENT_NUMBER);
  for (let m = numbers.exec(body); m; m = numbers.exec(body)) {
    const number = m[0] + closingDigits(m[0], body.slice(m.index + m[0].length));
    const end = m.index + number.length;
    numbers.lastIndex = end;
    const after = body.slice(end);
    // A number followed by a space belongs to the title; one repeated at once is the title's
    // own number followed by the table's.
    if (/^\s/.test(after) || after.startsWith(number)) continue;
    const title = body.slice(from, m.index).trim();
    from = end;
    entries.push({ title: title || number, number });
  }
  const tail = body.slice(from).trim();
  if (tail === '') return { value: entries, unparsed: null, problems: [] };
  return {
    value: entries,
    unparsed: tail,
    problems: [`legal basis: no document number after "${tail.slice(0, 60)}"`],
  };
}
