import { z } from 'zod';
import { ProcedureRecord } from '../../shared/contract/procedure.ts';
import { issueList } from './issue-list.ts';
import { parseNationalProcedureLine } from './national-procedure-parser.ts';

export const CatalogueFormat = z.enum(['kiosk', 'national']);
export type CatalogueFormat = z.infer<typeof CatalogueFormat>;

/** One record of a catalogue file, read as far as it would go. */
export interface CatalogueEntry {
  /** Where it is in the file, for people: "line 12" or "record 3". */
  where: string;
  code: string | null;
  /** Null when the record could not be read at all. */
  record: ProcedureRecord | null;
  /** What could not be read; for a record that was read, what was kept only as text. */
  problems: string[];
}

const codeOf = (value: unknown): string | null => {
  const code = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).code : undefined;
  return typeof code === 'string' ? code : null;
};

function kioskEntry(where: string, value: unknown): CatalogueEntry {
  const parsed = ProcedureRecord.safeParse(value);
  if (!parsed.success) return { where, code: codeOf(value), record: null, problems: issueList(parsed.error) };
  const unparsed = Object.keys(parsed.data.unparsed);
  const problems = unparsed.length ? [`kept as unparsed text: ${unparsed.join(', ')}`] : [];
  return { where, code: parsed.data.code, record: parsed.data, problems };
}

function lines(text: string): { where: string; line: string }[] {
  return text
    .split('\n')
    .map((line, i) => ({ where: `line ${i + 1}`, line }))
    .filter(({ line }) => line.trim() !== '');
}

function readJson(where: string, line: string): { ok: true; value: unknown } | { ok: false; entry: CatalogueEntry } {
  try {
    return { ok: true, value: JSON.parse(line) };
  } catch {
    return { ok: false, entry: { where, code: null, record: null, problems: ['not valid JSON'] } };
  }
}

/** Validates ProcedureRecords received as JSON values, e.g. the items of the district server's catalogue. */
export const readCatalogueItems = (items: readonly unknown[]): CatalogueEntry[] =>
  items.map((value, i) => kioskEntry(`item ${i + 1}`, value));

/**
 * Reads a catalogue file: `national` is the national procedure database's export, one JSON
 * object a line; `kiosk` is ProcedureRecords as one JSON array or as JSON lines.
 */
export function readCatalogueFile(text: string, format: CatalogueFormat): CatalogueEntry[] {
  if (format === 'national') {
    return lines(text).map(({ where, line }) => {
      const outcome = parseNationalProcedureLine(line);
      return outcome.ok
        ? { where, code: outcome.record.code, record: outcome.record, problems: outcome.problems }
        : { where, code: outcome.code, record: null, problems: outcome.problems };
    });
  }
  if (text.trimStart().startsWith('[')) {
    const json = readJson('the file', text);
    if (!json.ok) return [json.entry];
    if (!Array.isArray(json.value)) return [{ where: 'the file', code: null, record: null, problems: ['not a JSON array'] }];
    return json.value.map((value: unknown, i) => kioskEntry(`record ${i + 1}`, value));
  }
  return lines(text).map(({ where, line }) => {
    const json = readJson(where, line);
    return json.ok ? kioskEntry(where, json.value) : json.entry;
  });
}
