import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from 'better-sqlite3';
import { KioskSettings } from '../../../../shared/contract/index.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

/**
 * Every scan reads the settings several times (the code's prefix, suffix and pattern, the
 * district): each read parsed every stored setting again, a third of a lookup's CPU. They are
 * parsed again only when they may have changed, and every way they change is still seen.
 */
describe('settings read at every scan', () => {
  const tempDir = useTempDir();
  const open: Database[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
    vi.restoreAllMocks();
  });
  const connect = (file: string) => {
    const db = openDatabase(file);
    open.push(db);
    return db;
  };

  it('are parsed once while nothing changes', () => {
    const settings = new SettingsStore(connect(path.join(tempDir(), 'kiosk.db')));
    settings.set('scannerSuffix', '\r');
    const parse = vi.spyOn(KioskSettings, 'parse');
    for (let i = 0; i < 50; i += 1) expect(settings.getAll().scannerSuffix).toBe('\r');
    expect(parse.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('follow a change by another connection, by this one, and not one rolled back', () => {
    const file = path.join(tempDir(), 'kiosk.db');
    const db = connect(file);
    const settings = new SettingsStore(db);
    expect(settings.get('idleTimeoutSec')).not.toBe(45);

    // `kiosk config set` in a shell.
    new SettingsStore(connect(file)).set('idleTimeoutSec', 45);
    expect(settings.get('idleTimeoutSec')).toBe(45);

    // This connection, not through the store.
    db.prepare("UPDATE settings SET value = '50' WHERE key = 'idleTimeoutSec'").run();
    expect(settings.get('idleTimeoutSec')).toBe(50);

    const change = db.transaction(() => {
      settings.set('idleTimeoutSec', 60);
      expect(settings.get('idleTimeoutSec')).toBe(60);
      throw new Error('the audit entry could not be written');
    });
    expect(change).toThrow(/audit entry/);
    expect(settings.get('idleTimeoutSec')).toBe(50);
  });
});
