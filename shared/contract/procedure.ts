import { z } from 'zod';

const text = (max: number) => z.string().max(max);
const longText = text(200_000);

/** How a dossier can be submitted (Cách thức thực hiện). */
export const Channel = z.enum(['in-person', 'online', 'post', 'other']);
export type Channel = z.infer<typeof Channel>;

export const ProcedureChannel = z.object({
  channel: Channel,
  processingTime: text(500).nullable(),
  fees: text(20_000).nullable(),
  description: text(50_000).nullable(),
});
export type ProcedureChannel = z.infer<typeof ProcedureChannel>;

/** One line of the document checklist (Thành phần hồ sơ). */
export const ProcedureDocument = z.object({
  name: text(20_000).min(1),
  /** Originals (bản chính) to bring; null when the source does not say. */
  originals: z.number().int().nonnegative().nullable(),
  /** Copies (bản sao) to bring; null when the source does not say. */
  copies: z.number().int().nonnegative().nullable(),
  /** File name or title of the form to fill in (mẫu đơn, tờ khai). */
  formTemplate: text(500).nullable(),
  /** The checklist's heading above this line, e.g. "Giấy tờ phải xuất trình". */
  section: text(2_000).nullable().default(null),
});
export type ProcedureDocument = z.infer<typeof ProcedureDocument>;

/** One legal document the procedure rests on (Căn cứ pháp lý). */
export const LegalBasisEntry = z.object({
  title: text(5_000),
  /** The document's number, e.g. "123/2015/NĐ-CP", when it could be read. */
  number: text(200).nullable(),
});
export type LegalBasisEntry = z.infer<typeof LegalBasisEntry>;

/**
 * An administrative procedure (thủ tục hành chính) as the kiosk stores and shows it.
 * `unparsed` keeps, by property name, the source text that could not be read into the
 * structured properties, so the detail screen can still show it.
 */
export const ProcedureRecord = z.object({
  code: z.string().trim().min(1).max(32),
  name: text(5_000).min(1),
  fieldCode: text(64).nullable().optional(),
  fieldName: text(500).min(1),
  levels: z.array(text(100)).max(20).default([]),
  kind: text(500).nullable().default(null),
  applicants: z.array(text(1_000)).max(50).default([]),
  channels: z.array(ProcedureChannel).max(50).default([]),
  documents: z.array(ProcedureDocument).max(500).default([]),
  steps: z.array(longText).max(1_000).default([]),
  conditions: longText.nullable().default(null),
  legalBasis: z.array(LegalBasisEntry).max(500).default([]),
  result: text(20_000).nullable().default(null),
  agency: text(5_000).nullable().default(null),
  unparsed: z.record(z.string(), longText).default({}),
});
export type ProcedureRecord = z.infer<typeof ProcedureRecord>;
export type ProcedureRecordInput = z.input<typeof ProcedureRecord>;

export const ProcedureSummary = z.object({
  code: z.string(),
  name: z.string(),
  fieldName: z.string(),
  levels: z.array(z.string()),
});
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

/** A field (lĩnh vực) with the number of procedures in it. */
export const FieldSummary = z.object({ name: z.string(), count: z.number().int().nonnegative() });
export type FieldSummary = z.infer<typeof FieldSummary>;

/**
 * How a result was found: by its procedure code, by the words as typed, or only after
 * correcting a misspelling or splitting run-together words.
 */
export const SearchMatch = z.enum(['code', 'text', 'corrected']);
export type SearchMatch = z.infer<typeof SearchMatch>;

export const SearchResult = ProcedureSummary.extend({ match: SearchMatch });
export type SearchResult = z.infer<typeof SearchResult>;

const SEARCH_LIMIT_MAX = 100;

export const SearchProceduresInput = z.object({
  query: z.string().max(200),
  field: z.string().max(500).nullable().optional(),
  limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).optional(),
});
export type SearchProceduresInput = z.infer<typeof SearchProceduresInput>;

export const SearchProceduresOutput = z.object({
  results: z.array(SearchResult),
  /** The folded words actually searched when the query was corrected, e.g. "ket hon". */
  correctedQuery: z.string().nullable(),
  /** When nothing was found: the fields nearest to the query, to browse instead. */
  suggestedFields: z.array(FieldSummary),
});
export type SearchProceduresOutput = z.infer<typeof SearchProceduresOutput>;

export const ListFieldsOutput = z.object({ fields: z.array(FieldSummary) });
export type ListFieldsOutput = z.infer<typeof ListFieldsOutput>;

export const ListProceduresInput = z.object({
  field: z.string().max(500),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ListProceduresInput = z.infer<typeof ListProceduresInput>;

export const ListProceduresOutput = z.object({
  procedures: z.array(ProcedureSummary),
  total: z.number().int().nonnegative(),
});
export type ListProceduresOutput = z.infer<typeof ListProceduresOutput>;

export const GetProcedureInput = z.object({ code: z.string().trim().min(1).max(32) });
export type GetProcedureInput = z.infer<typeof GetProcedureInput>;

export const GetProcedureOutput = z.object({ procedure: ProcedureRecord.nullable() });
export type GetProcedureOutput = z.infer<typeof GetProcedureOutput>;

const NoInput = z.object({}).strict();

/** The catalogue's calls, to be spread into `kioskMethods`. */
export const procedureMethods = {
  listFields: { input: NoInput, output: ListFieldsOutput },
  listProcedures: { input: ListProceduresInput, output: ListProceduresOutput },
  searchProcedures: { input: SearchProceduresInput, output: SearchProceduresOutput },
  getProcedure: { input: GetProcedureInput, output: GetProcedureOutput },
} as const;
