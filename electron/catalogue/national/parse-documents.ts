import type { ProcedureDocument } from '../../../shared/contract/procedure.ts';
import type { ParsedPart } from './parsed-part.ts';
import { splitFormTemplate } from './split-form-template.ts';
import { textOrNull } from './source-text.ts';

const TABLE_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';
const QUANTITY = /(\d+) bản chính(?:,\s*(\d+) bản sao)?|(\d+) bản sao/g;
// Longer text between two tables is a row that lost its count, not a heading.
const MAX_HEADING_LENGTH = 300;
const LEADING_BULLET = /^(?:[-+*•\uf000-\uf8ff]\s*)+/u;

interface Quantity {
  start: number;
  end: number;
  originals: number | null;
  copies: number | null;
}

/**
 * "Mẫu số 081 bản chính" is "Mẫu số 08" then "1 bản chính": the portal's counts are small
 * and never zero-padded, so a run of three digits or more, or of two glued to the word
 * before, gives only its last digit to the count. "01 bản chính" after a space is a count
 * written in the text.
 */
function readQuantity(text: string, m: RegExpExecArray): Quantity {
  const run = m[1] ?? m[3]!;
  const glued = m.index > 0 && !/\s/.test(text[m.index - 1]!);
  const split = run.length >= 3 || (run.length === 2 && glued);
  const start = split ? m.index + run.length - 1 : m.index;
  const count = Number(split ? run.slice(-1) : run);
  const second = m[2] === undefined ? null : Number(m[2]);
  const end = m.index + m[0].length;
  return m[1] === undefined
    ? { start, end, originals: null, copies: count }
    : { start, end, originals: count, copies: second };
}

/**
 * A count that ends a table row, as opposed to one inside a document's name ("nộp 02 bản
 * chính tờ khai…"): prose has spaces around it or runs on in lower case.
 */
function endsRow(text: string, q: Quantity): boolean {
  const before = text[q.start - 1] ?? '';
  const after = text.slice(q.end);
  if (/^\s+\p{Ll}/u.test(after)) return false;
  if (/\s/.test(before) && /^[\s.,;:]/.test(after)) return false;
  return true;
}

function rowEnds(text: string): Quantity[] {
  const found = [...text.matchAll(QUANTITY)].map((m) => readQuantity(text, m as RegExpExecArray));
  const ends: Quantity[] = [];
  let nextIsRowEnd = false;
  let nextStart = -1;
  for (let i = found.length - 1; i >= 0; i -= 1) {
    const q = found[i]!;
    // "…: 01 bản chính1 bản chính": the count written in the name, then the table's count.
    const rowEnd: boolean = endsRow(text, q) && !(nextIsRowEnd && nextStart === q.end);
    if (rowEnd) ends.unshift(q);
    nextIsRowEnd = rowEnd;
    nextStart = q.start;
  }
  return ends;
}

function sectionHeading(raw: string): string | null {
  const heading = raw.trim().replace(/^[-*\s]+/, '').replace(/:\s*$/, '').trim();
  return heading === '' ? null : heading;
}

/** The rows of one table; `tail` is what follows its last count (the next table's heading, or leftovers). */
function readRows(part: string, section: string | null, problems: string[]): { rows: ProcedureDocument[]; tail: string } {
  const rows: ProcedureDocument[] = [];
  let from = 0;
  for (const q of rowEnds(part)) {
    const row = part.slice(from, q.start).replace(LEADING_BULLET, '');
    // "01 bản chính Báo cáo…" opening a row is that row's own wording, not an empty row.
    if (row.trim() === '' && /^\s/.test(part.slice(q.end))) continue;
    from = q.end;
    const { name, formTemplate, separated } = splitFormTemplate(row);
    if (!separated) problems.push(`documents: form file and name run together in "${name.slice(-60)}"`);
    if (name === '' && formTemplate === null) {
      if (q.originals || q.copies) problems.push(`documents: a count with no document name in "${section ?? ''}"`);
      continue;
    }
    rows.push({ name: name || formTemplate!, originals: q.originals, copies: q.copies, formTemplate, section });
  }
  return { rows, tail: part.slice(from).trim() };
}

/**
 * Reads the flattened "Thành phần hồ sơ" tables: an optional heading, the column header,
 * then rows of name, form file and count glued together, e.g.
 * `* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Tờ khai…Mẫu 01.docx1 bản chính…`.
 */
export function parseDocuments(raw: string): ParsedPart<ProcedureDocument[]> {
  const text = raw.trim();
  if (textOrNull(text) === null) return { value: [], unparsed: null, problems: [] };
  const [before, ...tables] = text.split(TABLE_HEADER);
  if (tables.length === 0) return { value: [], unparsed: text, problems: ['documents: no document table'] };
  const documents: ProcedureDocument[] = [];
  const leftovers: string[] = [];
  const problems: string[] = [];
  const keep = (leftover: string, where: string) => {
    leftovers.push(leftover);
    problems.push(`documents: text ${where} ("${leftover.slice(0, 60)}")`);
  };
  let section: string | null = null;
  if (before!.length <= MAX_HEADING_LENGTH) section = sectionHeading(before!);
  else keep(before!.trim(), 'before the first table');
  tables.forEach((table, i) => {
    const { rows, tail } = readRows(table, section, problems);
    documents.push(...rows);
    const isLast = i === tables.length - 1;
    if (!isLast && tail.length <= MAX_HEADING_LENGTH) section = sectionHeading(tail);
    else if (tail !== '') {
      section = null;
      keep(tail, isLast ? 'after the last count' : 'between two tables');
    }
  });
  return { value: documents, unparsed: leftovers.length ? leftovers.join('\n') : null, problems };
}
