import { ProcedureRecord } from '../../shared/contract/procedure.ts';
import type { ProcedureSummary } from '../../shared/contract/procedure.ts';

/** The columns of the procedures table that summaries are built from. */
export interface ProcedureSummaryRow {
  code: string;
  name: string;
  field: string;
  levels_json: string;
}

export const toProcedureSummary = (row: ProcedureSummaryRow): ProcedureSummary => ({
  code: row.code,
  name: row.name,
  fieldName: row.field,
  levels: JSON.parse(row.levels_json) as string[],
});

export const fromDetailsJson = (json: string): ProcedureRecord => ProcedureRecord.parse(JSON.parse(json));
