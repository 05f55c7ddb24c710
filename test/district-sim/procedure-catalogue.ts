import { PROCEDURES } from './procedures.ts';
import type { ProcedureDocument, SimProcedure } from './procedures.ts';

/** A procedure as `GET /v1/procedures` publishes it. */
export interface CatalogueProcedure {
  code: string;
  name: string;
  fieldCode: string;
  fieldName: string;
  level: SimProcedure['level'];
  agency: string;
  processingTime: { workingDays: number; text: string };
  fees: { amountVnd: number; text: string };
  documents: ProcedureDocument[];
}

const money = (vnd: number): string => `${String(vnd).replace(/\B(?=(\d{3})+$)/g, '.')} đồng`;

function catalogueEntry(p: SimProcedure, revision: number): CatalogueProcedure {
  // Each revision of the catalogue lengthens one procedure's processing time, so its ETag changes.
  const revised = revision > 0 && PROCEDURES.indexOf(p) === (revision - 1) % PROCEDURES.length;
  const workingDays = p.workingDays + (revised ? 1 : 0);
  return {
    code: p.code,
    name: p.name,
    fieldCode: p.fieldCode,
    fieldName: p.fieldName,
    level: p.level,
    agency: p.agency,
    processingTime: { workingDays, text: `${String(workingDays).padStart(2, '0')} ngày làm việc` },
    fees: { amountVnd: p.feeVnd, text: p.feeVnd === 0 ? 'Miễn phí' : money(p.feeVnd) },
    documents: p.documents.map((d) => ({ ...d })),
  };
}

export const procedureCatalogue = (revision: number): CatalogueProcedure[] =>
  PROCEDURES.map((p) => catalogueEntry(p, revision));
