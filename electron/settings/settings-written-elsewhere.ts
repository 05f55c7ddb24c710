import type { Database, Statement } from 'better-sqlite3';
import { log } from '../log/log.ts';
import type { SecretStore } from './secret-store.ts';
import type { SettingChanges } from './setting-changes.ts';

/** How often the running host looks for settings another process wrote (`kiosk config set`). */
export const SETTINGS_POLL_MS = 1_000;

const TOKEN = 'districtToken';

export interface SettingsWrittenElsewhereDeps {
  db: Database;
  changes: SettingChanges;
  secrets: SecretStore;
  intervalMs?: number;
}

/**
 * Brings settings that another process wrote into the same file (`kiosk config set` from a shell)
 * to the running host, with the live effect of a technician's change: SettingChanges announces
 * the keys whose value differs (the UI is told, the sync schedule restarts when it reads one).
 * They are not audited again: the writer audited them under its own origin. SQLite's
 * data_version on this connection moves only when another connection commits, so most polls
 * cost one pragma. It moves for every commit of the sync writer too (a few a second during a
 * sync, none of them a setting), so the settings are parsed again only when their stored rows
 * differ from the last poll's. Returns the way to stop.
 */
export function watchSettingsWrittenElsewhere({ db, changes, secrets, intervalMs = SETTINGS_POLL_MS }: SettingsWrittenElsewhereDeps): () => void {
  const dataVersion: Statement<[], number> = db.prepare<[], number>('PRAGMA data_version').pluck();
  // The rows as stored, unparsed: a few dozen short rows, read in microseconds.
  const storedRows: Statement<[], string> = db
    .prepare<[], string>(
      `SELECT coalesce((SELECT group_concat(key || char(31) || value, char(30)) FROM settings), '') || char(29) ||
              coalesce((SELECT group_concat(name || char(31) || sealed || char(31) || hex(value), char(30)) FROM secrets), '')`,
    )
    .pluck();
  const valueOf = (key: string): string =>
    key === TOKEN ? JSON.stringify(secrets.storedDigest(TOKEN)) : JSON.stringify(changes.settings.getAll()[key as never] ?? null);
  const readAll = (): Map<string, string> => {
    const values = new Map(Object.entries(changes.settings.getAll()).map(([key, value]) => [key, JSON.stringify(value)]));
    values.set(TOKEN, valueOf(TOKEN));
    return values;
  };

  let seenVersion = dataVersion.get()!;
  let seenRows = storedRows.get()!;
  const known = readAll();
  // This host's own changes are announced where they are made; only what differs from them is news.
  const stopListening = changes.onChanged((keys) => {
    for (const key of keys) known.set(key, valueOf(key));
  });

  const poll = () => {
    try {
      const version = dataVersion.get()!;
      if (version === seenVersion) return;
      seenVersion = version;
      const rows = storedRows.get()!;
      if (rows === seenRows) return;
      seenRows = rows;
      const changed = [...readAll()].filter(([key, value]) => known.get(key) !== value);
      for (const [key, value] of changed) known.set(key, value);
      if (changed.length > 0) changes.announce(changed.map(([key]) => key));
    } catch (error) {
      log.warn('settings written elsewhere could not be read', { error: error instanceof Error ? error.name : 'unknown' });
    }
  };
  const timer = setInterval(poll, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    stopListening();
  };
}
