import type { Database, Statement } from 'better-sqlite3';
import type { SyncStatus } from '../../shared/contract/index.ts';
import { fromUnixSecondsOrNull } from '../dossiers/dossier-row.ts';

export type DataSource = 'none' | 'demo' | 'server' | 'import';
/** Where the procedure catalogue came from; 'unknown' for catalogues stored before this was kept. */
export type CatalogueSource = 'demo' | 'server' | 'unknown';

/** A full resync refused for shrinking the cache (see dossier-feed-sync.ts). */
export interface RefusedResync {
  at: number;
  offered: number;
}

export interface SyncState {
  source: DataSource;
  cursor: string | null;
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: string | null;
  resyncActive: boolean;
  resyncCursor: string | null;
  proceduresEtag: string | null;
  proceduresSource: CatalogueSource;
  refusedResync: RefusedResync | null;
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** Where the cached data came from, the feed cursor, and when it was last brought up to date. */
export class SyncStateStore {
  /** Prepared at the first read and kept: every scan reads the state (the data's age). */
  private readStmt: Statement<[], Record<string, unknown>> | null = null;

  constructor(private readonly db: Database) {}

  read(): SyncState {
    this.readStmt ??= this.db.prepare(
      `SELECT source, cursor, last_success_at, last_attempt_at, last_error, resync_active, resync_cursor, procedures_etag,
         procedures_source, refused_resync_at, refused_resync_offered
       FROM sync_state WHERE id = 1`,
    );
    const row = this.readStmt.get()!;
    return {
      source: row.source as DataSource,
      cursor: row.cursor as string | null,
      lastSuccessAt: row.last_success_at as number | null,
      lastAttemptAt: row.last_attempt_at as number | null,
      lastError: row.last_error as string | null,
      resyncActive: row.resync_active === 1,
      resyncCursor: row.resync_cursor as string | null,
      proceduresEtag: row.procedures_etag as string | null,
      proceduresSource: row.procedures_source as CatalogueSource,
      refusedResync:
        row.refused_resync_at === null ? null : { at: row.refused_resync_at as number, offered: row.refused_resync_offered as number },
    };
  }

  /** The feed position after a page was applied; call in the page's transaction. */
  saveCursor(cursor: string): void {
    this.db.prepare("UPDATE sync_state SET cursor = ?, source = 'server' WHERE id = 1").run(cursor);
  }

  beginResync(): void {
    this.db.prepare('UPDATE sync_state SET resync_active = 1, resync_cursor = NULL WHERE id = 1').run();
  }

  saveResyncCursor(cursor: string): void {
    this.db.prepare('UPDATE sync_state SET resync_cursor = ? WHERE id = 1').run(cursor);
  }

  /** A resync that cannot happen (the server offers no change feed): the feed state goes back to none. */
  abandonResync(): void {
    this.db.prepare('UPDATE sync_state SET resync_active = 0, resync_cursor = NULL WHERE id = 1').run();
  }

  /** The resync is complete: its cursor becomes the feed cursor. Call in the swap's transaction. */
  finishResync(cursor: string): void {
    this.db
      .prepare("UPDATE sync_state SET cursor = ?, source = 'server', resync_active = 0, resync_cursor = NULL WHERE id = 1")
      .run(cursor);
  }

  recordSuccess(source: DataSource, at: Date, cursor?: string | null): void {
    this.db
      .prepare(
        `UPDATE sync_state SET source = ?, cursor = COALESCE(?, cursor), last_success_at = ?, last_attempt_at = ?,
         last_error = NULL WHERE id = 1`,
      )
      .run(source, cursor ?? null, seconds(at), seconds(at));
  }

  recordFailure(at: Date, message: string): void {
    this.db.prepare('UPDATE sync_state SET last_attempt_at = ?, last_error = ? WHERE id = 1').run(seconds(at), message);
  }

  saveProceduresEtag(etag: string | null): void {
    this.db.prepare('UPDATE sync_state SET procedures_etag = ? WHERE id = 1').run(etag);
  }

  saveProceduresSource(source: CatalogueSource): void {
    this.db.prepare('UPDATE sync_state SET procedures_source = ? WHERE id = 1').run(source);
  }

  /** Remembers a refused shrinking resync, or forgets it (null) once one was swapped in. */
  saveRefusedResync(refused: RefusedResync | null): void {
    this.db
      .prepare('UPDATE sync_state SET refused_resync_at = ?, refused_resync_offered = ? WHERE id = 1')
      .run(refused?.at ?? null, refused?.offered ?? null);
  }

  /** When the cache's data was last known to match its source. */
  dataAsOf(): string | null {
    return fromUnixSecondsOrNull(this.read().lastSuccessAt);
  }

  status(): SyncStatus {
    const s = this.read();
    const lastSuccessAt = fromUnixSecondsOrNull(s.lastSuccessAt);
    if (s.source === 'demo') return { state: 'demo', lastSuccessAt, lastError: null };
    if (s.lastError) return { state: 'error', lastSuccessAt, lastError: s.lastError };
    return { state: lastSuccessAt ? 'idle' : 'never', lastSuccessAt, lastError: null };
  }
}
