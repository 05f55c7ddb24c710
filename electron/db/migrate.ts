import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/index.ts';

export class MigrationError extends Error {}

/**
 * Applies every migration newer than the file's user_version, all in one transaction:
 * a failure leaves the file exactly as it was.
 */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  if (new Set(ordered.map((m) => m.version)).size !== ordered.length) throw new MigrationError('Two migrations share a version.');
  // A gap would be skipped for ever by every database already past it: numbers run 1, 2, 3 …
  const gap = ordered.find((m, i) => m.version !== i + 1);
  if (gap) throw new MigrationError(`Migrations must be numbered 1, 2, 3 … without a gap: ${gap.name} has version ${gap.version}.`);
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = ordered.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new MigrationError(
      `The database was written by a newer kiosk (schema ${from}, this build knows ${latest}).`,
    );
  }
  const pending = ordered.filter((m) => m.version > from);
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return { from, to: pending.at(-1)?.version ?? from };
}
