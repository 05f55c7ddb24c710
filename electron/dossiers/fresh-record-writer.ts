import type { Database } from 'better-sqlite3';
import { LOCK_TAKEN, withoutWaitingForLock } from '../db/without-waiting-for-lock.ts';
import { log } from '../log/log.ts';
import { detailsFromJson, detailsToJson } from './dossier-details.ts';
import type { DossierRow } from './dossier-row.ts';
import type { DossierStore } from './dossier-store.ts';
import type { DossierWrite } from './dossier-write.ts';
import { maskApplicantName } from './mask-applicant-name.ts';

/** What became of a newer record: written, not newer than the cache after all, or held until the lock is free. */
export type FreshWriteOutcome = 'stored' | 'unchanged' | 'held' | 'failed';

/** Records held at most while the lock is taken (a kiosk sees a few scans a minute); past it the oldest goes, and the next sync brings it. */
const MAX_HELD = 200;
/** While records are held, they are tried again this often besides after each commit of the sync writer. */
const RETRY_EVERY_MS = 1_000;

export interface FreshRecordWriterDeps {
  db: Database;
  store: DossierStore;
  /** Whether a full resync is filling the shadow table (sync_state.resync_active), read inside the write's transaction. */
  resyncActive: () => boolean;
  now: () => Date;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Stores a newer dossier record the main thread fetched (a scan's freshness check) without ever
 * waiting for the database's write lock: the sync writer thread holds it page after page, and a
 * wait would block scans and IPC. When the lock is taken, the record is held in memory and
 * tried again after the writer's next commit (`retry`, from the sync's progress), at the end of
 * the sync and every RETRY_EVERY_MS; meanwhile `find` answers with it, so the citizen sees the
 * server's answer at once. During a full resync it is written to the shadow table as well, so
 * the swap cannot bring back an older version (the version guard keeps the newer of the two).
 */
export class FreshRecordWriter {
  private readonly held = new Map<string, DossierWrite>();
  private timer: unknown = null;
  private closed = false;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly deps: FreshRecordWriterDeps) {
    this.setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms).unref());
    this.clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  }

  /** Writes `record` now if the lock is free, or holds it; never waits. */
  write(record: DossierWrite): FreshWriteOutcome {
    const held = this.held.get(record.code);
    if (held && held.version >= record.version) return 'unchanged';
    const outcome = this.tryWrite(record);
    if (outcome === 'held') this.hold(record);
    else this.held.delete(record.code);
    return outcome;
  }

  /** Tries every held record again (the sync writer has just committed, or the sync ended). */
  retry(): void {
    for (const record of [...this.held.values()]) {
      const outcome = this.tryWrite(record);
      if (outcome === 'held') break;
      this.held.delete(record.code);
    }
    this.schedule();
  }

  /** The dossier as the citizen should see it: the cache's, or a newer record still held. */
  find(code: string): DossierRow | undefined {
    const cached = this.deps.store.findByCode(code);
    const held = this.held.get(code.toUpperCase());
    if (!held || (cached && cached.version >= held.version)) return cached;
    return held.deleted ? undefined : this.rowOf(held);
  }

  /** How many records wait for the lock (for tests and the log). */
  get heldCount(): number {
    return this.held.size;
  }

  /** One last try, then no more timers: what is still held, the next sync brings. */
  close(): void {
    if (this.closed) return;
    if (this.held.size > 0) this.retry();
    this.closed = true;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    if (this.held.size > 0) log.warn('newer dossier records not stored before closing', { held: this.held.size });
  }

  private tryWrite(record: DossierWrite): FreshWriteOutcome {
    const { db, store } = this.deps;
    try {
      if (!this.beginWithoutWaiting()) return 'held';
      const now = this.deps.now();
      const written = store.writeTransaction(() => {
        const live = store.writeValidated([record], now, 'dossiers');
        if (this.deps.resyncActive()) store.writeValidated([record], now, 'dossiers_shadow');
        return live;
      });
      db.exec('COMMIT');
      return written.applied + written.deleted > 0 ? 'stored' : 'unchanged';
    } catch (error) {
      // A closed or failing database: the record is dropped (the next sync brings it), never thrown from a timer.
      if (db.open && db.inTransaction) db.exec('ROLLBACK');
      log.warn('newer dossier record not stored', { kind: (error as { code?: string }).code ?? 'unknown' });
      return 'failed';
    }
  }

  /** BEGIN IMMEDIATE with no busy wait: false at once when another connection holds the write lock. */
  private beginWithoutWaiting(): boolean {
    return withoutWaitingForLock(this.deps.db, () => this.deps.db.exec('BEGIN IMMEDIATE')) !== LOCK_TAKEN;
  }

  private hold(record: DossierWrite): void {
    this.held.delete(record.code);
    this.held.set(record.code, record);
    if (this.held.size > MAX_HELD) this.held.delete(this.held.keys().next().value!);
    this.schedule();
  }

  private schedule(): void {
    if (this.closed || this.held.size === 0 || this.timer !== null) return;
    this.timer = this.setTimer(() => {
      this.timer = null;
      this.retry();
    }, RETRY_EVERY_MS);
  }

  private rowOf(w: DossierWrite): DossierRow {
    return {
      code: w.code,
      version: w.version,
      agencyCode: w.agencyCode,
      agencyName: w.agencyName ?? this.deps.store.agencies.find(w.agencyCode)?.name ?? null,
      procedureCode: w.procedureCode,
      procedureName: w.procedureName,
      fieldName: w.fieldName,
      applicantMasked: maskApplicantName(w.applicantName),
      status: w.status,
      receivedAt: w.receivedAt,
      dueAt: w.dueAt,
      finishedAt: w.finishedAt,
      returnedAt: w.returnedAt,
      missingDocuments: [...w.missingDocuments],
      feeVnd: w.feeVnd,
      resultCounter: w.resultCounter,
      timeline: w.timeline.map(([at, department, action]) => ({ at, department, action })),
      updatedAt: Math.floor(this.deps.now().getTime() / 1000),
      details: detailsFromJson(detailsToJson(w.details)),
    };
  }
}
