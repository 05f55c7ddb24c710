import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import { isSettingKey, KioskSettings, settingsSchema } from '../../shared/contract/index.ts';
import type { SettingKey } from '../../shared/contract/index.ts';
import { compileExtraPattern } from '../../shared/receipt-code/index.ts';

export class SettingError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

/** Settings in SQLite, each value validated by the shared schema; a bad value is never stored. */
export class SettingsStore {
  /** Prepared at the first read and kept. */
  private statements: { rows: Statement<[], { key: string; value: string }>; changes: Statement<[], string> } | null = null;
  /** The settings last parsed, and the database's change counts they were read at. */
  private parsed: { at: string; rows: string; settings: KioskSettings } | null = null;

  constructor(private readonly db: Database) {}

  /**
   * All settings; a stored value that no longer validates falls back to its default. Read several
   * times at every scan (the code's prefix, suffix and pattern, the district), so they are read
   * again only after a commit of another connection (PRAGMA data_version: the sync writer's pages,
   * `kiosk config set` in a shell) or a change through this one (total_changes()), and parsed
   * again only when the rows differ.
   */
  getAll(): KioskSettings {
    const statements = (this.statements ??= {
      rows: this.db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings'),
      changes: this.db.prepare<[], string>("SELECT total_changes() || ':' || data_version FROM pragma_data_version").pluck(),
    });
    // Inside a transaction the rows may yet roll back: read them, and trust nothing read here later.
    const at = this.db.inTransaction ? null : statements.changes.get()!;
    if (at === null || this.parsed?.at !== at) {
      const rows = statements.rows.all();
      let signature = '';
      for (const { key, value } of rows) signature += `${key}\u0000${value}\u0000`;
      const settings = this.parsed?.rows === signature ? this.parsed.settings : parseRows(rows);
      this.parsed = { at: at ?? '', rows: signature, settings };
    }
    return { ...this.parsed.settings };
  }

  get<K extends SettingKey>(key: K): KioskSettings[K] {
    return this.getAll()[key];
  }

  set(key: string, value: unknown): void {
    if (!isSettingKey(key)) throw new SettingError(key, `Unknown setting "${key}".`);
    const parsed = settingsSchema[key].safeParse(value);
    if (!parsed.success) {
      throw new SettingError(key, `Invalid value for "${key}": ${z.prettifyError(parsed.error)}`);
    }
    if (key === 'receiptExtraPattern' && typeof parsed.data === 'string') {
      const compiled = compileExtraPattern(parsed.data);
      if (!compiled.ok) throw new SettingError(key, `Invalid value for "${key}": ${compiled.message}`);
    }
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(parsed.data));
  }

  isSet(key: SettingKey): boolean {
    return this.db.prepare('SELECT 1 FROM settings WHERE key = ?').get(key) !== undefined;
  }
}

function parseRows(rows: readonly { key: string; value: string }[]): KioskSettings {
  const values: Record<string, unknown> = {};
  for (const { key, value } of rows) {
    if (!isSettingKey(key)) continue;
    const parsed = settingsSchema[key].safeParse(safeJson(value));
    if (parsed.success) values[key] = parsed.data;
  }
  return KioskSettings.parse(values);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
