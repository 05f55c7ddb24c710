import type { Database } from 'better-sqlite3';
import { readCatalogueFile } from './catalogue-file.ts';
import type { CatalogueEntry, CatalogueFormat } from './catalogue-file.ts';
import { ProcedureStore } from './procedure-store.ts';

export interface ImportReport {
  imported: number;
  withWarnings: number;
  failed: number;
  /** Every record that failed or was kept with warnings, in file order. */
  problems: CatalogueEntry[];
}

/** Writes every readable record of a catalogue file in one transaction; the unreadable ones are reported, not fatal. */
export function importCatalogue(db: Database, text: string, format: CatalogueFormat, now: Date): ImportReport {
  const entries = readCatalogueFile(text, format);
  const records = entries.flatMap((e) => (e.record ? [e.record] : []));
  if (records.length > 0) new ProcedureStore(db).upsertMany(records, now);
  return {
    imported: records.length,
    withWarnings: entries.filter((e) => e.record && e.problems.length > 0).length,
    failed: entries.filter((e) => !e.record).length,
    problems: entries.filter((e) => e.problems.length > 0),
  };
}
