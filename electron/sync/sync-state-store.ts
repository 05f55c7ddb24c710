import type { Database } from 'better-sqlite3';
import type { SyncStatus } from '../../shared/contract/index.ts';
import { fromUnixSecondsOrNull } from '../dossiers/dossier-row.ts';

export type DataSource = 'none' | 'demo' | 'server' | 'import';

interface SyncStateRow {
  source: DataSource;
  cursor: string | null;
  last_success_at: number | null;
  last_attempt_at: number | null;
  last_error: string | null;
}

/** Where the cached data came from and when it was last brought up to date. */
export class SyncStateStore {
  constructor(private readonly db: Database) {}

  read(): SyncStateRow {
    return this.db.prepare('SELECT source, cursor, last_success_at, last_attempt_at, last_error FROM sync_state WHERE id = 1').get() as SyncStateRow;
  }

  recordSuccess(source: DataSource, at: Date, cursor: string | null = null): void {
    this.db
      .prepare('UPDATE sync_state SET source = ?, cursor = ?, last_success_at = ?, last_attempt_at = ?, last_error = NULL WHERE id = 1')
      .run(source, cursor, Math.floor(at.getTime() / 1000), Math.floor(at.getTime() / 1000));
  }

  /** When the cache's data was last known to match its source. */
  dataAsOf(): string | null {
    return fromUnixSecondsOrNull(this.read().last_success_at);
  }

  status(): SyncStatus {
    const row = this.read();
    const lastSuccessAt = fromUnixSecondsOrNull(row.last_success_at);
    if (row.source === 'demo') return { state: 'demo', lastSuccessAt, lastError: null };
    if (row.last_error) return { state: 'error', lastSuccessAt, lastError: row.last_error };
    return { state: lastSuccessAt ? 'idle' : 'never', lastSuccessAt, lastError: null };
  }
}
