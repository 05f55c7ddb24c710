import type { Database } from 'better-sqlite3';
import type { DossierWrite } from '../dossiers/dossier-write.ts';
import { DossierStore } from '../dossiers/dossier-store.ts';
import { SyncStateStore } from '../sync/sync-state-store.ts';
import { validateFeedItems } from '../sync/validate-feed-items.ts';
import type { FeedFormat } from '../sync/validate-feed-items.ts';
import { readRecordsFile } from './read-records-file.ts';

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
  problems: ImportProblem[];
}

const BATCH = 2000;

/**
 * Seeds or refreshes the cache from an export file. Bad records are reported with their
 * position and skipped; good ones are kept. Demo data is cleared first: it is fictional.
 */
export async function importDossiers(db: Database, file: string, format: FeedFormat, now: Date): Promise<ImportReport> {
  const store = new DossierStore(db);
  const state = new SyncStateStore(db);
  const report: ImportReport = { read: 0, applied: 0, ignored: 0, rejected: 0, problems: [] };
  if (state.read().source === 'demo') {
    store.writeTransaction(() => {
      db.prepare('DELETE FROM dossiers').run();
      db.prepare('UPDATE agencies SET served = 0').run();
    });
  }
  let batch: DossierWrite[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const records = batch;
    batch = [];
    const outcome = store.writeTransaction(() => store.writeValidated(records, now));
    report.applied += outcome.applied + outcome.deleted;
    report.ignored += outcome.ignored;
  };
  for await (const entry of readRecordsFile(file)) {
    report.read += 1;
    if ('error' in entry) {
      report.rejected += 1;
      report.problems.push({ position: entry.position, code: null, reason: entry.error });
      continue;
    }
    const { valid, quarantined } = validateFeedItems([entry.value], format);
    if (quarantined[0]) {
      report.rejected += 1;
      report.problems.push({ position: entry.position, ...quarantined[0] });
      continue;
    }
    batch.push(valid[0]!);
    if (batch.length >= BATCH) flush();
  }
  flush();
  if (report.applied + report.ignored > 0) state.recordSuccess('import', now);
  return report;
}
