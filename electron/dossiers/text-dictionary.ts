import type { Database, Statement } from 'better-sqlite3';

/**
 * Interns strings that repeat across dossiers in the `texts` table. Ids are cached both ways;
 * after a failed write transaction call `reset()`, since the rolled-back ids no longer exist.
 */
export class TextDictionary {
  private readonly ids = new Map<string, number>();
  private readonly texts = new Map<number, string>();
  private readonly selectId: Statement<[string], { id: number }>;
  private readonly selectText: Statement<[number], { text: string }>;
  private readonly insert: Statement<[string]>;

  constructor(db: Database) {
    this.selectId = db.prepare<[string], { id: number }>('SELECT id FROM texts WHERE text = ?');
    this.selectText = db.prepare<[number], { text: string }>('SELECT text FROM texts WHERE id = ?');
    this.insert = db.prepare<[string]>('INSERT INTO texts (text) VALUES (?)');
  }

  idFor(text: string): number {
    const cached = this.ids.get(text);
    if (cached !== undefined) return cached;
    const id = this.selectId.get(text)?.id ?? Number(this.insert.run(text).lastInsertRowid);
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
    this.texts.set(id, text);
    return text;
  }

  textOfOptional(id: number | null): string | null {
    return id === null ? null : this.textOf(id);
  }

  reset(): void {
    this.ids.clear();
    this.texts.clear();
  }
}
