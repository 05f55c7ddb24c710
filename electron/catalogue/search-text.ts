import { foldVietnamese } from '../../shared/text/fold.ts';
import type { ProcedureRecord } from '../../shared/contract/procedure.ts';

// Document names can run to paragraphs; their opening words say what the document is.
const DOCUMENT_NAME_CHARS = 200;
// A quarter of the national names open with "Thủ tục", which says nothing about which one it is.
const LEADING_FILLER = /^thu tuc\s+/;

/**
 * The folded text the full-text index holds for a procedure: its name (without a leading
 * "thủ tục", so that `^` finds names by their first real word), and a body of the rest
 * worth finding it by.
 */
export function searchText(record: ProcedureRecord): { name: string; body: string } {
  const body = [
    record.fieldName,
    record.result ?? '',
    ...record.documents.map((d) => d.name.slice(0, DOCUMENT_NAME_CHARS)),
  ].join('\n');
  return { name: foldVietnamese(record.name).replace(LEADING_FILLER, ''), body: foldVietnamese(body) };
}
