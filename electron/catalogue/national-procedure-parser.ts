import type { ProcedureRecord } from '../../shared/contract/procedure.ts';
import { issueList } from './issue-list.ts';
import { NationalProcedureLine } from './national/national-line.ts';
import { parseChannels } from './national/parse-channels.ts';
import { parseDocuments } from './national/parse-documents.ts';
import { parseLegalBasis } from './national/parse-legal-basis.ts';
import { parseResult } from './national/parse-result.ts';
import { freeText, splitCategories, textOrNull } from './national/source-text.ts';
import { splitSteps } from './national/split-steps.ts';

export type NationalParseOutcome =
  | { ok: true; record: ProcedureRecord; problems: string[] }
  | { ok: false; code: string | null; problems: string[] };

const list = (raw: string): string[] => (textOrNull(raw) === null ? [] : splitCategories(raw));

/**
 * Reads one line of the national export into a ProcedureRecord, best effort: what the
 * flattened tables do not yield is kept as text in `unparsed` and named in `problems`.
 * Fails only when the line is not JSON or lacks a code, name or field.
 */
export function parseNationalProcedureLine(line: string): NationalParseOutcome {
  let json: unknown;
  try {
    // Some of the portal's text is partly decomposed (NFD): "Cấp" as â + a combining acute.
    json = JSON.parse(line.normalize('NFC'));
  } catch {
    return { ok: false, code: null, problems: ['not a JSON object'] };
  }
  const parsed = NationalProcedureLine.safeParse(json);
  if (!parsed.success) {
    const code = (json as { ma_thu_tuc?: unknown } | null)?.ma_thu_tuc;
    return { ok: false, code: typeof code === 'string' ? code : null, problems: issueList(parsed.error) };
  }
  const n = parsed.data;
  const channels = parseChannels(n.cach_thuc_thuc_hien);
  const documents = parseDocuments(n.thanh_phan_ho_so);
  const legalBasis = parseLegalBasis(n.can_cu_phap_ly);
  const result = parseResult(n.ket_qua_xu_ly);
  const unparsed: Record<string, string> = {};
  for (const [key, part] of Object.entries({ channels, documents, legalBasis, result })) {
    if (part.unparsed !== null) unparsed[key] = part.unparsed;
  }
  const record: ProcedureRecord = {
    code: n.ma_thu_tuc,
    name: n.ten_thu_tuc,
    fieldName: n.linh_vuc,
    levels: list(n.cap_thuc_hien),
    kind: textOrNull(n.loai_thu_tuc),
    applicants: list(n.doi_tuong_thuc_hien),
    channels: channels.value,
    documents: documents.value,
    steps: splitSteps(n.trinh_tu_thuc_hien),
    conditions: freeText(n.yeu_cau_dieu_kien),
    legalBasis: legalBasis.value,
    result: result.value,
    agency: freeText(n.co_quan_thuc_hien) ?? freeText(n.co_quan_co_tham_quyen),
    unparsed,
  };
  return {
    ok: true,
    record,
    problems: [...channels.problems, ...documents.problems, ...legalBasis.problems, ...result.problems],
  };
}
