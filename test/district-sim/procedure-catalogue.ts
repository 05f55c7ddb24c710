import { PROCEDURES } from './procedures.ts';
import type { ProcedureRecordInput } from '../../shared/contract/procedure.ts';
import type { SimProcedure } from './procedures.ts';

/** A procedure as `GET /v1/procedures` publishes it: the kiosk's ProcedureRecord. */
export type CatalogueProcedure = ProcedureRecordInput;

const LEVEL_NAMES: Record<SimProcedure['level'], string> = {
  commune: 'Cấp xã',
  province: 'Cấp tỉnh',
  ministry: 'Cấp bộ',
};

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
    levels: [LEVEL_NAMES[p.level]],
    agency: p.agency,
    channels: [
      {
        channel: 'in-person',
        processingTime: `${String(workingDays).padStart(2, '0')} ngày làm việc`,
        fees: p.feeVnd === 0 ? 'Miễn phí' : money(p.feeVnd),
        description: 'Nộp hồ sơ tại Bộ phận Một cửa',
      },
    ],
    documents: p.documents.map((d) => ({ ...d, formTemplate: null })),
  };
}

export const procedureCatalogue = (revision: number): CatalogueProcedure[] =>
  PROCEDURES.map((p) => catalogueEntry(p, revision));
