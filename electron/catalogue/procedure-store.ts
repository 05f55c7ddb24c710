import type { Database, Statement } from 'better-sqlite3';
import { ProcedureRecord } from '../../shared/contract/procedure.ts';
import type { FieldSummary, ProcedureRecordInput, ProcedureSummary } from '../../shared/contract/procedure.ts';
import { fromDetailsJson, toProcedureSummary } from './procedure-row.ts';
import type { ProcedureSummaryRow } from './procedure-row.ts';
import { searchText } from './search-text.ts';
import { inScope, unitScope } from './unit-scope.ts';
import type { UnitFields } from './unit-scope.ts';

/**
 * Validated, with every text in NFC: the same field or name typed or decomposed
 * differently must be one field and one name, in lists and in filters.
 */
const toStoredRecord = (input: ProcedureRecordInput): ProcedureRecord =>
  ProcedureRecord.parse(JSON.parse(JSON.stringify(input).normalize('NFC')));

export interface ListPage {
  offset?: number;
  limit?: number;
}

/** The one writer of procedures: keeps the table and its folded full-text index in step. */
export class ProcedureStore {
  private readonly upsertStmt: Statement<Record<string, unknown>, { id: number }>;
  private readonly ftsDeleteStmt: Statement<[number]>;
  private readonly ftsInsertStmt: Statement<[number, string, string]>;
  private readonly byCodeStmt: Statement<[string], { details_json: string }>;
  private readonly fieldsStmt: Statement<[], FieldSummary>;
  private readonly byFieldStmt: Statement<[string, number, number], ProcedureSummaryRow>;
  private readonly fieldCountStmt: Statement<[string], { n: number }>;

  /** `unitFields`: the kiosk unit's fields; reads outside them find nothing (unit-scope.ts). */
  constructor(
    private readonly db: Database,
    private readonly options: { unitFields?: UnitFields } = {},
  ) {
    this.upsertStmt = db.prepare(`
      INSERT INTO procedures (code, name, name_folded, field, levels_json, updated_at, details_json)
      VALUES (@code, @name, @name_folded, @field, @levels_json, @updated_at, @details_json)
      ON CONFLICT (code) DO UPDATE SET
        name = excluded.name, name_folded = excluded.name_folded, field = excluded.field,
        levels_json = excluded.levels_json, updated_at = excluded.updated_at, details_json = excluded.details_json
      RETURNING id`);
    this.ftsDeleteStmt = db.prepare('DELETE FROM procedures_fts WHERE rowid = ?');
    this.ftsInsertStmt = db.prepare('INSERT INTO procedures_fts (rowid, name, body) VALUES (?, ?, ?)');
    this.byCodeStmt = db.prepare('SELECT details_json FROM procedures WHERE code = ?');
    this.fieldsStmt = db.prepare('SELECT name, count FROM procedure_fields ORDER BY name');
    this.byFieldStmt = db.prepare(
      'SELECT code, name, field, levels_json FROM procedures WHERE field = ? ORDER BY name LIMIT ? OFFSET ?',
    );
    this.fieldCountStmt = db.prepare('SELECT count(*) AS n FROM procedures WHERE field = ?');
  }

  /** Validates and writes records in one transaction; throws on the first invalid record. */
  upsertMany(records: readonly ProcedureRecordInput[], now: Date): { written: number } {
    const parsed = records.map(toStoredRecord);
    const updatedAt = Math.floor(now.getTime() / 1000);
    this.db.transaction(() => {
      for (const record of parsed) this.write(record, updatedAt);
    })();
    return { written: parsed.length };
  }

  /** Makes the catalogue exactly `records`: writes them and removes every other procedure. */
  replaceAll(records: readonly ProcedureRecordInput[], now: Date): { written: number; removed: number } {
    const parsed = records.map(toStoredRecord);
    const keep = new Set(parsed.map((r) => r.code));
    const updatedAt = Math.floor(now.getTime() / 1000);
    let removed = 0;
    this.db.transaction(() => {
      for (const record of parsed) this.write(record, updatedAt);
      const stale = this.db.prepare<[], { id: number; code: string }>('SELECT id, code FROM procedures').all();
      for (const row of stale.filter((r) => !keep.has(r.code))) {
        this.ftsDeleteStmt.run(row.id);
        this.db.prepare('DELETE FROM procedures WHERE id = ?').run(row.id);
        removed += 1;
      }
    })();
    return { written: parsed.length, removed };
  }

  findByCode(code: string): ProcedureRecord | undefined {
    const row = this.byCodeStmt.get(code.trim());
    const record = row ? fromDetailsJson(row.details_json) : undefined;
    return record && inScope(unitScope(this.options.unitFields), record.fieldName) ? record : undefined;
  }

  listFields(): FieldSummary[] {
    const scope = unitScope(this.options.unitFields);
    return this.fieldsStmt.all().filter((f) => inScope(scope, f.name));
  }

  listByField(field: string, page: ListPage = {}): { procedures: ProcedureSummary[]; total: number } {
    if (!inScope(unitScope(this.options.unitFields), field)) return { procedures: [], total: 0 };
    const rows = this.byFieldStmt.all(field, page.limit ?? 100, page.offset ?? 0);
    return { procedures: rows.map(toProcedureSummary), total: this.fieldCountStmt.get(field)!.n };
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM procedures').get() as { n: number }).n;
  }

  private write(record: ProcedureRecord, updatedAt: number): void {
    const text = searchText(record);
    const { id } = this.upsertStmt.get({
      code: record.code,
      name: record.name,
      name_folded: text.name,
      field: record.fieldName,
      levels_json: JSON.stringify(record.levels),
      details_json: JSON.stringify(record),
      updated_at: updatedAt,
    })!;
    this.ftsDeleteStmt.run(id);
    this.ftsInsertStmt.run(id, text.name, text.body);
  }
}
