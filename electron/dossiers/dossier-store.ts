import type { Database, Statement } from 'better-sqlite3';
import { DossierRecord } from '../../shared/contract/index.ts';
import type { DossierRecordInput } from '../../shared/contract/index.ts';
import { AgencyRegistry } from './agency-registry.ts';
import { BATCH_FIELDS, BatchField, batchOf } from './dossier-batch.ts';
import type { DossierBatch } from './dossier-batch.ts';
import { TextDictionary } from './text-dictionary.ts';
import { detailsFromJson } from './dossier-details.ts';
import { fromDossierRecord } from './dossier-write.ts';
import type { DossierWrite } from './dossier-write.ts';
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
  details_json: string | null;
}

const COLUMNS = `code, version, agency_id, procedure_code, procedure_name_id, field_name_id, applicant_masked,
  status, received_at, due_at, finished_at, returned_at, missing_json, fee_vnd, result_counter_id,
  timeline_json, updated_at, details_json`;

/** The one writer of dossiers: idempotent upserts guarded by the server's version. */
export class DossierStore {
  readonly texts: TextDictionary;
  readonly agencies: AgencyRegistry;
  private readonly statements = new Map<DossierTable, { upsert: Statement; remove: Statement }>();
  private readonly byCodeStmt: Statement<[string], StoredRow & { agency_code: string; agency_name: string | null }>;
  private readonly versionStmt: Statement<[string], number>;
  private readonly readByCodeInOneSnapshot: (code: string) => DossierRow | undefined;

  constructor(private readonly db: Database) {
    this.texts = new TextDictionary(db);
    this.agencies = new AgencyRegistry(db);
    this.byCodeStmt = db.prepare(`
      SELECT d.*, a.code AS agency_code, a.name AS agency_name
      FROM dossiers d JOIN agencies a ON a.id = d.agency_id WHERE d.code = ?`);
    this.versionStmt = db.prepare<[string], number>('SELECT version FROM dossiers WHERE code = ?').pluck();
    this.readByCodeInOneSnapshot = db.transaction((code: string) => {
      this.forgetCachesIfChangedElsewhere();
      return this.readByCode(code);
    });
  }

  /** Another process (`kiosk sync` from a shell) may have pruned texts and reused their ids. */
  private forgetCachesIfChangedElsewhere(): void {
    if (this.texts.forgetIfChangedElsewhere()) this.agencies.reset();
  }

  private statementsFor(table: DossierTable) {
    let s = this.statements.get(table);
    if (!s) {
      s = {
        upsert: this.db.prepare(`
          INSERT INTO ${table} (${COLUMNS}) VALUES (${COLUMNS.split(',').map(() => '?').join(', ')})
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
   * ids handed out inside the rolled-back transaction no longer exist. The write lock is taken
   * first (BEGIN IMMEDIATE, waiting within the busy timeout): a transaction that read first would
   * fail at once as busy if another connection committed before its first write (the main
   * thread's small writes beside the sync writer's pages).
   */
  writeTransaction<T>(work: () => T): T {
    try {
      return this.db
        .transaction(() => {
          this.forgetCachesIfChangedElsewhere();
          return work();
        })
        .immediate();
    } catch (error) {
      this.texts.reset();
      this.agencies.reset();
      throw error;
    }
  }

  /** Validates and writes records in one transaction; nothing is written if any is invalid. */
  upsertMany(records: readonly DossierRecordInput[], now: Date, table: DossierTable = 'dossiers'): UpsertOutcome {
    const writes = records.map((r) => fromDossierRecord(DossierRecord.parse(r)));
    return this.writeTransaction(() => this.writeValidated(writes, now, table));
  }

  /** Writes already-validated dossiers; call inside `writeTransaction`. */
  writeValidated(writes: readonly DossierWrite[], now: Date, table: DossierTable = 'dossiers'): UpsertOutcome {
    return this.writeBatch(batchOf(writes), now, table);
  }

  /** Writes a batch of validated dossiers; call inside `writeTransaction`. */
  writeBatch(batch: DossierBatch, now: Date, table: DossierTable = 'dossiers'): UpsertOutcome {
    const { upsert, remove } = this.statementsFor(table);
    const updatedAt = Math.floor(now.getTime() / 1000);
    const outcome: UpsertOutcome = { applied: 0, ignored: 0, deleted: 0 };
    const { numbers: n, texts: batchTexts, timeline: t, missing: m } = batch;
    const dictionary = this.texts;
    const ids = new Array<number>(batchTexts.length).fill(-1);
    const textId = (index: number): number => {
      let id = ids[index]!;
      if (id < 0) id = ids[index] = dictionary.idFor(batchTexts[index]!);
      return id;
    };
    const text = (index: number): string | null => (index < 0 ? null : batchTexts[index]!);
    const optionalTextId = (index: number): number | null => dictionary.idForOptional(text(index));
    const time = (value: number): number | null => (Number.isNaN(value) ? null : value);

    for (let row = 0; row < batch.count; row += 1) {
      const o = row * BATCH_FIELDS;
      const code = batch.codes[row]!;
      const version = n[o + BatchField.version]!;
      if (n[o + BatchField.deleted] === 1) {
        outcome.deleted += remove.run(code, version).changes;
        continue;
      }
      let timeline = '[';
      const timelineEnd = (n[o + BatchField.timelineStart]! + n[o + BatchField.timelineCount]!) * 3;
      for (let i = n[o + BatchField.timelineStart]! * 3; i < timelineEnd; i += 3) {
        timeline += `${timeline.length > 1 ? ',' : ''}[${t[i]},${textId(t[i + 1]!)},${textId(t[i + 2]!)}]`;
      }
      timeline += ']';
      let missing: string | null = null;
      const missingCount = n[o + BatchField.missingCount]!;
      if (missingCount > 0) {
        const from = n[o + BatchField.missingStart]!;
        missing = `[${Array.from(m.subarray(from, from + missingCount), textId).join(',')}]`;
      }
      const changes = upsert.run(
        code,
        version,
        this.agencies.idFor(batchTexts[n[o + BatchField.agencyCode]!]!, text(n[o + BatchField.agencyName]!)),
        text(n[o + BatchField.procedureCode]!),
        textId(n[o + BatchField.procedureName]!),
        optionalTextId(n[o + BatchField.fieldName]!),
        batch.applicantsMasked[row] ?? null,
        n[o + BatchField.status]!,
        n[o + BatchField.receivedAt]!,
        time(n[o + BatchField.dueAt]!),
        time(n[o + BatchField.finishedAt]!),
        time(n[o + BatchField.returnedAt]!),
        missing,
        time(n[o + BatchField.feeVnd]!),
        optionalTextId(n[o + BatchField.resultCounter]!),
        timeline,
        updatedAt,
        batch.details?.[row] ?? null,
      ).changes;
      if (changes > 0) outcome.applied += 1;
      else outcome.ignored += 1;
    }
    return outcome;
  }

  findByCode(code: string): DossierRow | undefined {
    return this.readByCodeInOneSnapshot(code);
  }

  /** The cached version of a dossier, without reading the rest of it; undefined when not cached. */
  versionOf(code: string): number | undefined {
    return this.versionStmt.get(code.toUpperCase());
  }

  private readByCode(code: string): DossierRow | undefined {
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
      details: detailsFromJson(row.details_json),
    };
  }

  /** Empties the cache (the demo dossiers giving way to real ones): no dossier left, no agency the kiosk's own. Call in a write transaction. */
  removeAll(): void {
    this.db.prepare('DELETE FROM dossiers').run();
    this.db.prepare('UPDATE agencies SET served = 0').run();
    this.agencies.reset();
  }

  count(table: DossierTable = 'dossiers'): number {
    return this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  }
}
