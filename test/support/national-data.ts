import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { parseNationalProcedureLine } from '../../electron/catalogue/national-procedure-parser.ts';
import { ProcedureStore } from '../../electron/catalogue/procedure-store.ts';
import { openDatabase } from '../../electron/db/open-database.ts';
import type { ProcedureRecord } from '../../shared/contract/procedure.ts';

/**
 * The national test data beside the project (../shared/data, see its README), read at run
 * time and never copied into the project.
 */
export const NATIONAL_DATA_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data');
export const NATIONAL_PROCEDURES_FILE = path.join(NATIONAL_DATA_DIR, 'procedures-national.jsonl');
export const SEARCH_QUERIES_FILE = path.join(NATIONAL_DATA_DIR, 'search-queries.json');
export const NATIONAL_PROCEDURE_COUNT = 2642;

export interface SearchQuery {
  q: string;
  expect: string[];
  k: number;
}

export function readNationalLines(): string[] {
  return fs.readFileSync(NATIONAL_PROCEDURES_FILE, 'utf8').split('\n').filter((line) => line.trim() !== '');
}

/** One national line by its procedure code, e.g. "1.001193". */
export function nationalLine(code: string): string {
  const line = readNationalLines().find((l) => (JSON.parse(l) as { ma_thu_tuc: string }).ma_thu_tuc === code);
  if (!line) throw new Error(`No national procedure ${code}`);
  return line;
}

export function readSearchQueries(): SearchQuery[] {
  return (JSON.parse(fs.readFileSync(SEARCH_QUERIES_FILE, 'utf8')) as { queries: SearchQuery[] }).queries;
}

/** Every national procedure as parsed for the kiosk. */
export function nationalRecords(): ProcedureRecord[] {
  return readNationalLines().flatMap((line) => {
    const outcome = parseNationalProcedureLine(line);
    return outcome.ok ? [outcome.record] : [];
  });
}

/** Imports the whole national catalogue into a kiosk database. */
export function importNationalCatalogue(db: Database, now = new Date()): ProcedureRecord[] {
  const records = nationalRecords();
  new ProcedureStore(db).upsertMany(records, now);
  return records;
}

/**
 * A kiosk database in its own temporary folder holding the whole national catalogue, for
 * suites that share one import (`beforeAll`); `close()` removes the folder.
 */
export function openNationalCatalogue(): { db: Database; close(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-national-'));
  const db = openDatabase(path.join(dir, 'kiosk.db'));
  importNationalCatalogue(db);
  return {
    db,
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
