import type { Database } from 'better-sqlite3';
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
  constructor(private readonly db: Database) {}

  /** All settings; a stored value that no longer validates falls back to its default. */
  getAll(): KioskSettings {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    const values: Record<string, unknown> = {};
    for (const { key, value } of rows) {
      if (!isSettingKey(key)) continue;
      const parsed = settingsSchema[key].safeParse(safeJson(value));
      if (parsed.success) values[key] = parsed.data;
    }
    return KioskSettings.parse(values);
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

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
