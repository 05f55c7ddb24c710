import type { Database } from 'better-sqlite3';
import type { DossierWrite } from '../dossiers/dossier-write.ts';
import { DossierStore } from '../dossiers/dossier-store.ts';
import { SyncStateStore } from '../sync/sync-state-store.ts';
import { validateFeedItems } from '../sync/validate-feed-items.ts';
import type { FeedFormat } from '../sync/validate-feed-items.ts';
import { readRecordsFile } from './read-records-file.ts';
import { SeenCodes } from './seen-codes.ts';
import { StagedDossiers } from './staged-dossiers.ts';

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
  /** How long the kiosk's database was held for writing (the final apply), in milliseconds. */
  writeLockMs: number;
  problems: ImportProblem[];
}

const BATCH = 2000;
/** Problems listed one by one; beyond this only counted (a broken file can have millions). */
const MAX_LISTED_PROBLEMS = 1000;

/** A record as read, in file order: checked and ready, or rejected with its reason. */
type ReadRecord = { position: string; write: DossierWrite } | { problem: ImportProblem };

/**
 * Seeds or refreshes the cache from an export file, streamed record by record. Bad records
 * are reported with their position and skipped; good ones are staged outside the kiosk's
 * database, which the running kiosk keeps writing meanwhile. Then one short transaction
 * applies them: the fictional demo dossiers are removed in it, so they go only when the new
 * data comes in, and a file that yields nothing (or cannot be read) changes nothing.
 */
export async function importDossiers(db: Database, file: string, format: FeedFormat, now: Date): Promise<ImportReport> {
  const report: ImportReport = {
    read: 0,
    applied: 0,
    ignored: 0,
    rejected: 0,
    duplicates: 0,
    replacedDemo: false,
    unchanged: true,
    writeLockMs: 0,
    problems: [],
  };
  const staged = new StagedDossiers(db);
  const seen = new SeenCodes(db);
  try {
    await stageRecords(db, file, format, staged, seen, report);
    if (staged.count > 0) applyStaged(db, staged, now, report);
    return report;
  } finally {
    staged.drop();
    seen.drop();
  }
}

async function stageRecords(db: Database, file: string, format: FeedFormat, staged: StagedDossiers, seen: SeenCodes, report: ImportReport): Promise<void> {
  const list = (problem: ImportProblem) => {
    if (report.problems.length < MAX_LISTED_PROBLEMS) report.problems.push(problem);
  };
  let pending: ReadRecord[] = [];
  // Temp tables only: this transaction takes no lock on the kiosk's database.
  const flush = db.transaction(() => {
    for (const record of pending) {
      if ('problem' in record) {
        report.rejected += 1;
        list(record.problem);
        continue;
      }
      const first = seen.firstPositionOf(record.write.code, record.position);
      if (first !== null) {
        report.duplicates += 1;
        list({ position: record.position, code: record.write.code, reason: `the same code as ${first}; the newer version of the two is kept` });
      }
      staged.add(record.write);
    }
    pending = [];
  });
  for await (const entry of readRecordsFile(file)) {
    report.read += 1;
    if ('error' in entry) pending.push({ problem: { position: entry.position, code: null, reason: entry.error } });
    else {
      const { valid, quarantined } = validateFeedItems([entry.value], format);
      pending.push(quarantined[0] ? { problem: { position: entry.position, ...quarantined[0] } } : { position: entry.position, write: valid[0]! });
    }
    if (pending.length >= BATCH) flush();
  }
  flush();
}

/**
 * The one write transaction of the import. IMMEDIATE: the write lock is taken at once, so no
 * other writer's change can be lost under ours; the store's upserts keep whichever version is
 * newer, so a sync page the kiosk wrote during the read is not undone by an older record.
 */
function applyStaged(db: Database, staged: StagedDossiers, now: Date, report: ImportReport): void {
  const store = new DossierStore(db);
  const state = new SyncStateStore(db);
  const started = performance.now();
  db.exec('BEGIN IMMEDIATE');
  try {
    const replacingDemo = state.read().source === 'demo';
    if (replacingDemo) store.removeAll();
    for (const page of staged.pages(BATCH)) {
      const outcome = store.writeValidated(page, now);
      report.applied += outcome.applied + outcome.deleted;
      report.ignored += outcome.ignored;
    }
    if (report.applied + report.ignored === 0) {
      db.exec('ROLLBACK');
      resetCaches(store);
      return;
    }
    state.recordSuccess('import', now);
    db.exec('COMMIT');
    report.replacedDemo = replacingDemo;
    report.unchanged = false;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    resetCaches(store);
    throw error;
  } finally {
    report.writeLockMs = Math.round(performance.now() - started);
  }
}

/** Ids handed out inside a rolled-back transaction no longer exist. */
function resetCaches(store: DossierStore): void {
  store.texts.reset();
  store.agencies.reset();
}
