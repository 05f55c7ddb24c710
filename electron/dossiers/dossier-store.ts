import type { Database, Statement } from 'better-sqlite3';
import { DossierRecord } from '../../shared/contract/index.ts';
import type { DossierRecordInput } from '../../shared/contract/index.ts';
import { AgencyRegistry } from './agency-registry.ts';
import { maskApplicantName } from './mask-applicant-name.ts';
import { TextDictionary } from './text-dictionary.ts';
import { toUnixSeconds } from './dossier-row.ts';
import type { DossierRow } from './dossier-row.ts';

export interface UpsertOutcome {
  applied: number;
  /** Older or equal versions than what the cache holds: re-delivery is harmless. */
  ignored: number;
  deleted: number;
}

export type DossierTable = 'dossiers' | 'dossiers_shadow';

interface StoredRow {
  code: string;
  version: number;
  agency_id: number;
  procedure_code: string | null;
  procedure_name_id: number;
  field_name_id: number | null;
  applicant_masked: string | null;
  status: number;
  received_at: number;
  due_at: number | null;
  finished_at: number | null;
  returned_at: number | null;
  missing_json: string | null;
  fee_vnd: number | null;
  result_counter_id: number | null;
  timeline_json: string;
  updated_at: number;
}

const COLUMNS = `code, version, agency_id, procedure_code, procedure_name_id, field_name_id, applicant_masked,
  status, received_at, due_at, finished_at, returned_at, missing_json, fee_vnd, result_counter_id,
  timeline_json, updated_at`;

/** The one writer of dossiers: idempotent upserts guarded by the server's version. */
export class DossierStore {
  readonly texts: TextDictionary;
  readonly agencies: AgencyRegistry;
  private readonly statements = new Map<DossierTable, { upsert: Statement; remove: Statement }>();
  private readonly byCodeStmt: Statement<[string], StoredRow & { agency_code: string; agency_name: string | null }>;

  constructor(private readonly db: Database) {
    this.texts = new TextDictionary(db);
    this.agencies = new AgencyRegistry(db);
    this.byCodeStmt = db.prepare(`
      SELECT d.*, a.code AS agency_code, a.name AS agency_name
      FROM dossiers d JOIN agencies a ON a.id = d.agency_id WHERE d.code = ?`);
  }

  private statementsFor(table: DossierTable) {
    let s = this.statements.get(table);
    if (!s) {
      s = {
        upsert: this.db.prepare(`
          INSERT INTO ${table} (${COLUMNS}) VALUES (${COLUMNS.split(',').map((c) => `@${c.trim()}`).join(', ')})
          ON CONFLICT (code) DO UPDATE SET ${COLUMNS.split(',')
            .slice(1)
            .map((c) => `${c.trim()} = excluded.${c.trim()}`)
            .join(', ')}
          WHERE excluded.version > ${table}.version`),
        remove: this.db.prepare(`DELETE FROM ${table} WHERE code = ? AND version < ?`),
      };
      this.statements.set(table, s);
    }
    return s;
  }

  /**
   * Runs `work` in one transaction. On failure the interned-string caches are dropped, since
   * ids handed out inside the rolled-back transaction no longer exist.
   */
  writeTransaction<T>(work: () => T): T {
    try {
      return this.db.transaction(work)();
    } catch (error) {
      this.texts.reset();
      this.agencies.reset();
      throw error;
    }
  }

  /** Validates and writes records in one transaction; nothing is written if any is invalid. */
  upsertMany(records: readonly DossierRecordInput[], now: Date, table: DossierTable = 'dossiers'): UpsertOutcome {
    const parsed = records.map((r) => DossierRecord.parse(r));
    return this.writeTransaction(() => this.writeValidated(parsed, now, table));
  }

  /** Writes already-validated records; call inside `writeTransaction`. */
  writeValidated(records: readonly DossierRecord[], now: Date, table: DossierTable = 'dossiers'): UpsertOutcome {
    const { upsert, remove } = this.statementsFor(table);
    const updatedAt = Math.floor(now.getTime() / 1000);
    const outcome: UpsertOutcome = { applied: 0, ignored: 0, deleted: 0 };
    for (const r of records) {
      const code = r.code.toUpperCase();
      if (r.deleted) {
        outcome.deleted += remove.run(code, r.version).changes;
        continue;
      }
      const changes = upsert.run({
        code,
        version: r.version,
        agency_id: this.agencies.idFor(r.agencyCode.toUpperCase(), r.agencyName),
        procedure_code: r.procedureCode ?? null,
        procedure_name_id: this.texts.idFor(r.procedureName),
        field_name_id: this.texts.idForOptional(r.fieldName),
        applicant_masked: maskApplicantName(r.applicantName),
        status: r.status,
        received_at: toUnixSeconds(r.receivedAt),
        due_at: toUnixSeconds(r.dueAt),
        finished_at: toUnixSeconds(r.finishedAt),
        returned_at: toUnixSeconds(r.returnedAt),
        missing_json: r.missingDocuments?.length ? JSON.stringify(r.missingDocuments.map((d) => this.texts.idFor(d))) : null,
        fee_vnd: r.feeVnd ?? null,
        result_counter_id: this.texts.idForOptional(r.resultCounter),
        timeline_json: JSON.stringify(
          r.timeline.map((t) => [toUnixSeconds(t.at), this.texts.idFor(t.department), this.texts.idFor(t.action)]),
        ),
        updated_at: updatedAt,
      }).changes;
      if (changes > 0) outcome.applied += 1;
      else outcome.ignored += 1;
    }
    return outcome;
  }

  findByCode(code: string): DossierRow | undefined {
    const row = this.byCodeStmt.get(code.toUpperCase());
    if (!row) return undefined;
    const timeline = JSON.parse(row.timeline_json) as [number, number, number][];
    return {
      code: row.code,
      version: row.version,
      agencyCode: row.agency_code,
      agencyName: row.agency_name,
      procedureCode: row.procedure_code,
      procedureName: this.texts.textOf(row.procedure_name_id),
      fieldName: this.texts.textOfOptional(row.field_name_id),
      applicantMasked: row.applicant_masked,
      status: row.status,
      receivedAt: row.received_at,
      dueAt: row.due_at,
      finishedAt: row.finished_at,
      returnedAt: row.returned_at,
      missingDocuments: row.missing_json ? (JSON.parse(row.missing_json) as number[]).map((id) => this.texts.textOf(id)) : [],
      feeVnd: row.fee_vnd,
      resultCounter: this.texts.textOfOptional(row.result_counter_id),
      timeline: timeline.map(([at, department, action]) => ({
        at,
        department: this.texts.textOf(department),
        action: this.texts.textOf(action),
      })),
      updatedAt: row.updated_at,
    };
  }

  count(table: DossierTable = 'dossiers'): number {
    return this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  }
}
