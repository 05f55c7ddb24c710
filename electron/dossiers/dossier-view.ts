import type { DossierStatus, DossierView } from '../../shared/contract/index.ts';
import { computeNextStep, computeTiming } from '../../shared/status/index.ts';
import { fromUnixSeconds, fromUnixSecondsOrNull } from './dossier-row.ts';
import type { DossierRow } from './dossier-row.ts';

/** What the kiosk shows for a cached dossier, with timing judged at `now`. */
export function toDossierView(row: DossierRow, now: Date): DossierView {
  const status = row.status as DossierStatus;
  const dueAt = row.dueAt === null ? null : new Date(row.dueAt * 1000);
  const finishedAt = row.finishedAt === null ? null : new Date(row.finishedAt * 1000);
  return {
    code: row.code,
    procedureCode: row.procedureCode,
    procedureName: row.procedureName,
    fieldName: row.fieldName,
    agencyName: row.agencyName,
    applicantMasked: row.applicantMasked,
    status,
    receivedAt: fromUnixSeconds(row.receivedAt),
    dueAt: fromUnixSecondsOrNull(row.dueAt),
    finishedAt: fromUnixSecondsOrNull(row.finishedAt),
    returnedAt: fromUnixSecondsOrNull(row.returnedAt),
    timing: computeTiming({ status, dueAt, finishedAt }, now),
    timeline: row.timeline.map((t) => ({ at: fromUnixSeconds(t.at), department: t.department, action: t.action })),
    nextStep: computeNextStep({
      status,
      missingDocuments: row.missingDocuments,
      feeVnd: row.feeVnd,
      resultCounter: row.resultCounter,
      details: row.details,
    }),
    updatedAt: fromUnixSeconds(row.updatedAt),
  };
}
