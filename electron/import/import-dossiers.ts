import type { Database } from 'better-sqlite3';
import type { DossierWrite } from '../dossiers/dossier-write.ts';
import { DossierStore } from '../dossiers/dossier-store.ts';
import { SyncStateStore } from '../sync/sync-state-store.ts';
import { validateFeedItems } from '../sync/validate-feed-items.ts';
import type { FeedFormat } from '../sync/validate-feed-items.ts';
import { readRecordsFile } from './read-records-file.ts';
import { SeenCodes } from './seen-codes.ts';

export interface ImportProblem {
  position: string;
  code: string | null;
  reason: string;
}

export interface ImportReport {
  read: number;
  applied: number;
  ignored: number;
  rejected: number;
  /** Records whose code came earlier in the file too: the newer version is kept (listed in problems). */
  duplicates: number;
  /** The demo dossiers were replaced by the imported ones. */
  replacedDemo: boolean;
  /** Nothing was changed: no record could be taken, or the file could not be read. */
  unchanged: boolean;
  problems: ImportProblem[];
}

const BATCH = 2000;
/** Problems listed one by one; beyond this only counted (a broken file can have millions). */
const MAX_LISTED_PROBLEMS = 1000;

/**
 * Seeds or refreshes the cache from an export file, streamed record by record. Bad records
 * are reported with their position and skipped; good ones are kept. The whole import is one
 * transaction: the fictional demo dossiers are removed in it, so they go only when the new
 * data comes in, and a file that yields nothing (or cannot be read) changes nothing.
 */
export async function importDossiers(db: Database, file: string, format: FeedFormat, now: Date): Promise<ImportReport> {
  const store = new DossierStore(db);
  const state = new SyncStateStore(db);
  const report: ImportReport = { read: 0, applied: 0, ignored: 0, rejected: 0, duplicates: 0, replacedDemo: false, unchanged: true, problems: [] };
  const reject = (problem: ImportProblem) => {
    report.rejected += 1;
    if (report.problems.length < MAX_LISTED_PROBLEMS) report.problems.push(problem);
  };

  // IMMEDIATE: the write lock is taken now, so no other writer's change can be lost under ours.
  db.exec('BEGIN IMMEDIATE');
  try {
    const seen = new SeenCodes(db);
    const noteDuplicate = (position: string, code: string): void => {
      const first = seen.firstPositionOf(code, position);
      if (first === null) return;
      report.duplicates += 1;
      if (report.problems.length < MAX_LISTED_PROBLEMS) report.problems.push({ position, code, reason: `the same code as ${first}; the newer version of the two is kept` });
    };
    const replacingDemo = state.read().source === 'demo';
    if (replacingDemo) {
      db.prepare('DELETE FROM dossiers').run();
      db.prepare('UPDATE agencies SET served = 0').run();
    }
    let batch: DossierWrite[] = [];
    const flush = () => {
      const outcome = store.writeValidated(batch, now);
      batch = [];
      report.applied += outcome.applied + outcome.deleted;
      report.ignored += outcome.ignored;
    };
    for await (const entry of readRecordsFile(file)) {
      report.read += 1;
      if ('error' in entry) {
        reject({ position: entry.position, code: null, reason: entry.error });
        continue;
      }
      const { valid, quarantined } = validateFeedItems([entry.value], format);
      if (quarantined[0]) reject({ position: entry.position, ...quarantined[0] });
      else {
        noteDuplicate(entry.position, valid[0]!.code);
        batch.push(valid[0]!);
      }
      if (batch.length >= BATCH) flush();
    }
    flush();
    if (report.applied + report.ignored === 0) {
      db.exec('ROLLBACK');
      resetCaches(store);
      return report;
    }
    seen.drop();
    state.recordSuccess('import', now);
    db.exec('COMMIT');
    report.replacedDemo = replacingDemo;
    report.unchanged = false;
    return report;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    resetCaches(store);
    throw error;
  }
}

/** Ids handed out inside a rolled-back transaction no longer exist. */
function resetCaches(store: DossierStore): void {
  store.texts.reset();
  store.agencies.reset();
}
