import type { Database } from 'better-sqlite3';

const generations = new WeakMap<Database, number>();

/** Called by the procedure store after every write, so searches know to reload their vocabulary. */
export function bumpCatalogueGeneration(db: Database): void {
  generations.set(db, (generations.get(db) ?? 0) + 1);
}

/**
 * Changes whenever the catalogue may have changed: after a write through this connection
 * (the generation) or a commit by another connection, such as `kiosk catalogue import`
 * run beside a running kiosk (SQLite's data_version).
 */
export function catalogueVersion(db: Database): string {
  return `${generations.get(db) ?? 0}:${db.pragma('data_version', { simple: true }) as number}`;
}
