import path from 'node:path';
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MigrationError } from '../../../../electron/db/migrate.ts';
import { migrations } from '../../../../electron/db/migrations/index.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

describe('database file and migrations', () => {
  const tempDir = useTempDir();

  it('creates a WAL-mode file with every table at the latest schema version', () => {
    const file = path.join(tempDir(), 'nested', 'kiosk.db');
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['agencies', 'audit_log', 'dossiers', 'settings', 'sync_state']));
    db.close();
  });

  it('is idempotent: reopening applies nothing and keeps the data', () => {
    const file = path.join(tempDir(), 'kiosk.db');
    const first = openDatabase(file);
    first.prepare("INSERT INTO settings (key, value) VALUES ('siteName', '\"X\"')").run();
    first.close();
    const second = openDatabase(file);
    expect(migrate(second, migrations)).toEqual({ from: migrations.at(-1)!.version, to: migrations.at(-1)!.version });
    expect(second.prepare('SELECT value FROM settings').pluck().get()).toBe('"X"');
    second.close();
  });

  it('rolls a failing migration back completely', () => {
    const file = path.join(tempDir(), 'kiosk.db');
    const db = new BetterSqlite3(file);
    const broken = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (x INTEGER); THIS IS NOT SQL;' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('a', 'b')").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses migrations numbered with a gap, which databases past the gap would never apply', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'kiosk.db'));
    const gapped = [
      { version: 1, name: 'first', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 3, name: 'third', sql: 'CREATE TABLE c (x INTEGER);' },
    ];
    expect(() => migrate(db, gapped)).toThrow(/third has version 3/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    db.close();
  });

  it('numbers the shipped migrations 1, 2, 3 … without a gap', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('refuses a file written by a newer kiosk instead of damaging it', () => {
    const file = path.join(tempDir(), 'kiosk.db');
    const db = new BetterSqlite3(file);
    db.pragma('user_version = 999');
    expect(() => migrate(db, migrations)).toThrow(MigrationError);
    db.close();
  });
});
