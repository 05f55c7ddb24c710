import type { Database, Statement } from 'better-sqlite3';

/**
 * Texts cached each way. A district's dossiers share a few thousand; a server that sends a new
 * text with every record only makes the cache start over, never grow without end.
 */
const MAX_CACHED = 100_000;
/**
 * Between full resyncs, texts left behind by updated or deleted dossiers are pruned once the
 * table has grown past this and twice its size at the last prune: a district needs a few thousand.
 */
const PRUNE_WHEN_OVER = 20_000;

/** Dossiers read per window of a prune: a few milliseconds each, the event loop free between. */
const PRUNE_WINDOW_ROWS = 2_000;

type TextColumns = [code: string, procedureName: number, fieldName: number | null, resultCounter: number | null, missing: string | null, timeline: string];

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Adds the text ids a dossier table refers to: its id columns, and the ids inside its JSON lists
 * (read here, three times faster than SQLite's json_each over a million timelines). Reads a
 * window of rows at a time, by code, and lets other work run between windows.
 */
async function collectTextIds(db: Database, table: string, used: Set<number>, onWindow: (ms: number) => void): Promise<void> {
  const window = db
    .prepare<[string, number]>(
      `SELECT code, procedure_name_id, field_name_id, result_counter_id, missing_json, timeline_json FROM ${table} WHERE code > ? ORDER BY code LIMIT ?`,
    )
    .raw();
  let after = '';
  for (;;) {
    const started = performance.now();
    const rows = window.all(after, PRUNE_WINDOW_ROWS) as TextColumns[];
    for (const [, procedureName, fieldName, resultCounter, missing, timeline] of rows) {
      used.add(procedureName);
      if (fieldName !== null) used.add(fieldName);
      if (resultCounter !== null) used.add(resultCounter);
      if (missing) for (const id of JSON.parse(missing) as number[]) used.add(id);
      for (const [, department, action] of JSON.parse(timeline) as [number, number, number][]) {
        used.add(department);
        used.add(action);
      }
    }
    onWindow(performance.now() - started);
    if (rows.length < PRUNE_WINDOW_ROWS) return;
    after = rows[rows.length - 1]![0];
    await nextTurn();
  }
}

export interface PruneReport {
  deleted: number;
  /** The longest stretch the prune held the thread (a window's read, or the final delete). */
  longestWindowMs: number;
}

/**
 * Interns strings that repeat across dossiers in the `texts` table. Ids are cached both ways;
 * after a failed write transaction call `reset()`, since the rolled-back ids no longer exist.
 * Another process (`kiosk sync` from a shell) may prune texts and hand their ids to new texts
 * (`texts.id` has no AUTOINCREMENT): call `forgetIfChangedElsewhere()` at the start of each
 * transaction that uses the cache.
 */
export class TextDictionary {
  private readonly ids = new Map<string, number>();
  private countAtLastPrune = 0;
  private readonly texts = new Map<number, string>();
  private readonly selectId: Statement<[string], { id: number }>;
  private readonly selectText: Statement<[number], { text: string }>;
  private readonly insert: Statement<[string]>;
  private readonly dataVersion: Statement<[], number>;
  private readonly deletions: Statement<[], number>;
  private seenDataVersion = -1;
  private seenDeletions = -1;
  /** While a prune reads in windows: every id this connection hands out, which it must not delete. */
  private handedOutDuringPrune: Set<number> | null = null;

  constructor(private readonly db: Database) {
    this.selectId = db.prepare<[string], { id: number }>('SELECT id FROM texts WHERE text = ?');
    this.selectText = db.prepare<[number], { text: string }>('SELECT text FROM texts WHERE id = ?');
    this.insert = db.prepare<[string]>('INSERT INTO texts (text) VALUES (?)');
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.deletions = db.prepare<[], number>('SELECT count FROM text_deletions WHERE id = 1').pluck();
  }

  /**
   * Says whether another connection committed since the last call (SQLite's data_version; this
   * connection's own commits leave it alone), and then drops the cache if texts were deleted
   * meanwhile (migration 9's count): only a deletion can give an id to another text. A sync
   * writing in another connection commits every page, and a lookup between two pages keeps its
   * cache. Inside a transaction the answer holds until it ends.
   */
  forgetIfChangedElsewhere(): boolean {
    const version = this.dataVersion.get()!;
    if (version === this.seenDataVersion) return false;
    this.seenDataVersion = version;
    const deletions = this.deletions.get()!;
    if (deletions !== this.seenDeletions) {
      this.seenDeletions = deletions;
      this.reset();
    }
    return true;
  }

  idFor(text: string): number {
    const cached = this.ids.get(text);
    if (cached !== undefined) {
      this.handedOutDuringPrune?.add(cached);
      return cached;
    }
    const id = this.selectId.get(text)?.id ?? Number(this.insert.run(text).lastInsertRowid);
    this.handedOutDuringPrune?.add(id);
    this.makeRoom();
    this.ids.set(text, id);
    this.texts.set(id, text);
    return id;
  }

  idForOptional(text: string | null | undefined): number | null {
    return text === null || text === undefined || text === '' ? null : this.idFor(text);
  }

  textOf(id: number): string {
    const cached = this.texts.get(id);
    if (cached !== undefined) return cached;
    const text = this.selectText.get(id)?.text;
    if (text === undefined) throw new Error(`Text ${id} is missing from the dictionary.`);
    this.makeRoom();
    this.texts.set(id, text);
    return text;
  }

  textOfOptional(id: number | null): string | null {
    return id === null ? null : this.textOf(id);
  }

  /**
   * Deletes the texts no dossier refers to any more (after a full resync swapped in new data, or
   * dossiers were purged). The dossiers are read in windows with the event loop free between;
   * only the delete is one short write transaction. Texts added meanwhile (past the highest id
   * at the start) and ids this connection handed out meanwhile are kept; if another connection
   * committed meanwhile, nothing is deleted this time. Call outside a dossier write.
   */
  async pruneUnreferenced(): Promise<PruneReport> {
    if (this.handedOutDuringPrune) return { deleted: 0, longestWindowMs: 0 };
    let longestWindowMs = 0;
    const onWindow = (ms: number) => {
      longestWindowMs = Math.max(longestWindowMs, ms);
    };
    const handedOut = (this.handedOutDuringPrune = new Set<number>());
    let deleted: number;
    try {
      this.forgetIfChangedElsewhere();
      const versionAtStart = this.seenDataVersion;
      const highestAtStart = (this.db.prepare('SELECT max(id) FROM texts').pluck().get() as number | null) ?? 0;
      const used = new Set<number>();
      await collectTextIds(this.db, 'dossiers', used, onWindow);
      await collectTextIds(this.db, 'dossiers_shadow', used, onWindow);
      const started = performance.now();
      deleted = this.db
        .transaction(() => {
          this.forgetIfChangedElsewhere();
          if (this.seenDataVersion !== versionAtStart) return 0;
          const remove = this.db.prepare<[number]>('DELETE FROM texts WHERE id = ?');
          let count = 0;
          for (const id of this.db.prepare<[number]>('SELECT id FROM texts WHERE id <= ?').pluck().all(highestAtStart) as number[]) {
            if (!used.has(id) && !handedOut.has(id)) count += remove.run(id).changes;
          }
          return count;
        })
        .immediate();
      onWindow(performance.now() - started);
    } finally {
      this.handedOutDuringPrune = null;
    }
    // Freed ids may be handed to new texts: no cached pair may outlive its text.
    this.reset();
    this.countAtLastPrune = this.db.prepare('SELECT count(*) FROM texts').pluck().get() as number;
    return { deleted, longestWindowMs };
  }

  /** Prunes when the table has grown far past what was referenced last time (see PRUNE_WHEN_OVER). */
  async pruneIfGrown(): Promise<PruneReport> {
    const count = this.db.prepare('SELECT count(*) FROM texts').pluck().get() as number;
    return count > Math.max(PRUNE_WHEN_OVER, 2 * this.countAtLastPrune) ? this.pruneUnreferenced() : { deleted: 0, longestWindowMs: 0 };
  }

  get cachedCount(): number {
    return Math.max(this.ids.size, this.texts.size);
  }

  private makeRoom(): void {
    if (this.ids.size >= MAX_CACHED || this.texts.size >= MAX_CACHED) this.reset();
  }

  reset(): void {
    this.ids.clear();
    this.texts.clear();
  }
}
