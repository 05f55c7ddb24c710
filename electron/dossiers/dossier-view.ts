import type { DossierStatus, DossierView, TimelineEntry } from '../../shared/contract/index.ts';
import { computeNextStep, computeTiming } from '../../shared/status/index.ts';
import { fromUnixSeconds, fromUnixSecondsOrNull } from './dossier-row.ts';
import type { DossierRow } from './dossier-row.ts';

type StoredTimelineEntry = [at: number, department: string, action: string];

const parseTimeline = (json: string): TimelineEntry[] =>
  (JSON.parse(json) as StoredTimelineEntry[]).map(([at, department, action]) => ({
    at: fromUnixSeconds(at),
    department,
    action,
  }));

/** What the kiosk shows for a cached dossier, with timing judged at `now`. */
export function toDossierView(row: DossierRow, now: Date): DossierView {
  const status = row.status as DossierStatus;
  const dueAt = row.due_at === null ? null : new Date(row.due_at * 1000);
  const finishedAt = row.finished_at === null ? null : new Date(row.finished_at * 1000);
  return {
    code: row.code,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    fieldName: row.field_name,
    agencyName: row.agency_name,
    applicantMasked: row.applicant_masked,
    status,
    receivedAt: fromUnixSeconds(row.received_at),
    dueAt: fromUnixSecondsOrNull(row.due_at),
    finishedAt: fromUnixSecondsOrNull(row.finished_at),
    returnedAt: fromUnixSecondsOrNull(row.returned_at),
    timing: computeTiming({ status, dueAt, finishedAt }, now),
    timeline: parseTimeline(row.timeline_json),
    nextStep: computeNextStep({
      status,
      missingDocuments: row.missing_json ? (JSON.parse(row.missing_json) as string[]) : [],
      feeVnd: row.fee_vnd,
      resultCounter: row.result_counter,
    }),
    updatedAt: fromUnixSeconds(row.updated_at),
  };
}
