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

/** Every column of a dossier table that holds text ids: plain, or inside a JSON list. */
const referencedIds = (table: string) => `
  SELECT procedure_name_id FROM ${table}
  UNION SELECT field_name_id FROM ${table} WHERE field_name_id IS NOT NULL
  UNION SELECT result_counter_id FROM ${table} WHERE result_counter_id IS NOT NULL
  UNION SELECT m.value FROM ${table} d, json_each(d.missing_json) m WHERE d.missing_json IS NOT NULL
  UNION SELECT t.value ->> 1 FROM ${table} d, json_each(d.timeline_json) t
  UNION SELECT t.value ->> 2 FROM ${table} d, json_each(d.timeline_json) t`;

/**
 * Interns strings that repeat across dossiers in the `texts` table. Ids are cached both ways;
 * after a failed write transaction call `reset()`, since the rolled-back ids no longer exist.
 */
export class TextDictionary {
  private readonly ids = new Map<string, number>();
  private countAtLastPrune = 0;
  private readonly texts = new Map<number, string>();
  private readonly selectId: Statement<[string], { id: number }>;
  private readonly selectText: Statement<[number], { text: string }>;
  private readonly insert: Statement<[string]>;

  constructor(private readonly db: Database) {
    this.selectId = db.prepare<[string], { id: number }>('SELECT id FROM texts WHERE text = ?');
    this.selectText = db.prepare<[number], { text: string }>('SELECT text FROM texts WHERE id = ?');
    this.insert = db.prepare<[string]>('INSERT INTO texts (text) VALUES (?)');
  }

  idFor(text: string): number {
    const cached = this.ids.get(text);
    if (cached !== undefined) return cached;
    const id = this.selectId.get(text)?.id ?? Number(this.insert.run(text).lastInsertRowid);
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
   * dossiers were purged); returns how many. Call outside a dossier write.
   */
  pruneUnreferenced(): number {
    const deleted = this.db
      .prepare(`DELETE FROM texts WHERE id NOT IN (${referencedIds('dossiers')} UNION ${referencedIds('dossiers_shadow')})`)
      .run().changes;
    this.reset();
    this.countAtLastPrune = this.db.prepare('SELECT count(*) FROM texts').pluck().get() as number;
    return deleted;
  }

  /** Prunes when the table has grown far past what was referenced last time (see PRUNE_WHEN_OVER). */
  pruneIfGrown(): number {
    const count = this.db.prepare('SELECT count(*) FROM texts').pluck().get() as number;
    return count > Math.max(PRUNE_WHEN_OVER, 2 * this.countAtLastPrune) ? this.pruneUnreferenced() : 0;
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
