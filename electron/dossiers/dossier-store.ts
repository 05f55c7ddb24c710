import type { Database, Statement } from 'better-sqlite3';
import { DossierRecord } from '../../shared/contract/index.ts';
import type { DossierRecordInput } from '../../shared/contract/index.ts';
import { maskApplicantName } from './mask-applicant-name.ts';
import { toUnixSeconds } from './dossier-row.ts';
import type { DossierRow } from './dossier-row.ts';

export interface UpsertOutcome {
  applied: number;
  /** Older or equal versions than what the cache holds: re-delivery is harmless. */
  ignored: number;
  deleted: number;
}

/** The one writer of dossiers: idempotent upserts guarded by the server's version. */
export class DossierStore {
  private readonly upsertStmt: Statement;
  private readonly deleteStmt: Statement;
  private readonly agencyStmt: Statement;
  private readonly byCodeStmt: Statement<[string], DossierRow>;

  constructor(private readonly db: Database) {
    this.upsertStmt = db.prepare(`
      INSERT INTO dossiers (code, version, agency_code, procedure_code, procedure_name, field_name,
        applicant_masked, status, received_at, due_at, finished_at, returned_at, missing_json,
        fee_vnd, result_counter, timeline_json, updated_at)
      VALUES (@code, @version, @agency_code, @procedure_code, @procedure_name, @field_name,
        @applicant_masked, @status, @received_at, @due_at, @finished_at, @returned_at, @missing_json,
        @fee_vnd, @result_counter, @timeline_json, @updated_at)
      ON CONFLICT (code) DO UPDATE SET
        version = excluded.version, agency_code = excluded.agency_code,
        procedure_code = excluded.procedure_code, procedure_name = excluded.procedure_name,
        field_name = excluded.field_name, applicant_masked = excluded.applicant_masked,
        status = excluded.status, received_at = excluded.received_at, due_at = excluded.due_at,
        finished_at = excluded.finished_at, returned_at = excluded.returned_at,
        missing_json = excluded.missing_json, fee_vnd = excluded.fee_vnd,
        result_counter = excluded.result_counter, timeline_json = excluded.timeline_json,
        updated_at = excluded.updated_at
      WHERE excluded.version > dossiers.version`);
    this.deleteStmt = db.prepare('DELETE FROM dossiers WHERE code = ? AND version < ?');
    this.agencyStmt = db.prepare(
      'INSERT INTO agencies (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name',
    );
    this.byCodeStmt = db.prepare<[string], DossierRow>(`
      SELECT d.*, a.name AS agency_name FROM dossiers d
      LEFT JOIN agencies a ON a.code = d.agency_code WHERE d.code = ?`);
  }

  /** Validates and writes records in one transaction; throws on the first invalid record. */
  upsertMany(records: readonly DossierRecordInput[], now: Date): UpsertOutcome {
    const parsed = records.map((r) => DossierRecord.parse(r));
    const updatedAt = Math.floor(now.getTime() / 1000);
    const outcome: UpsertOutcome = { applied: 0, ignored: 0, deleted: 0 };
    this.db.transaction(() => {
      for (const r of parsed) {
        const code = r.code.toUpperCase();
        if (r.deleted) {
          outcome.deleted += this.deleteStmt.run(code, r.version).changes;
          continue;
        }
        if (r.agencyName) this.agencyStmt.run(r.agencyCode, r.agencyName);
        const changes = this.upsertStmt.run({
          code,
          version: r.version,
          agency_code: r.agencyCode,
          procedure_code: r.procedureCode ?? null,
          procedure_name: r.procedureName,
          field_name: r.fieldName ?? null,
          applicant_masked: maskApplicantName(r.applicantName),
          status: r.status,
          received_at: toUnixSeconds(r.receivedAt),
          due_at: toUnixSeconds(r.dueAt),
          finished_at: toUnixSeconds(r.finishedAt),
          returned_at: toUnixSeconds(r.returnedAt),
          missing_json: r.missingDocuments?.length ? JSON.stringify(r.missingDocuments) : null,
          fee_vnd: r.feeVnd ?? null,
          result_counter: r.resultCounter ?? null,
          timeline_json: JSON.stringify(r.timeline.map((t) => [toUnixSeconds(t.at), t.department, t.action])),
          updated_at: updatedAt,
        }).changes;
        if (changes > 0) outcome.applied += 1;
        else outcome.ignored += 1;
      }
    })();
    return outcome;
  }

  findByCode(code: string): DossierRow | undefined {
    return this.byCodeStmt.get(code.toUpperCase());
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM dossiers').get() as { n: number }).n;
  }
}
