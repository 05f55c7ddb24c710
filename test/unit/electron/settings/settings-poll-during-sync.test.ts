// The settings watcher polls SQLite's data_version, which moves for every commit of another
// connection: during a sync that is the sync writer's, a few pages a second, none of them a
// setting. Those commits must not make the host's main thread parse its settings again.
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditLog } from '../../../../electron/audit/audit-log.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SecretStore } from '../../../../electron/settings/secret-store.ts';
import { SettingChanges } from '../../../../electron/settings/setting-changes.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { watchSettingsWrittenElsewhere } from '../../../../electron/settings/settings-written-elsewhere.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const POLL_MS = 5;

describe('settings written elsewhere, while another connection writes dossiers', () => {
  const tempDir = useTempDir();
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });

  function hostAndWriter() {
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    const settings = new SettingsStore(db);
    const secrets = new SecretStore(db);
    const changes = new SettingChanges({ db, settings, secrets, audit: new AuditLog(db) });
    const writer = openDatabase(file);
    stops.push(() => db.close(), () => writer.close());
    const announced: string[][] = [];
    changes.onChanged((keys) => announced.push(keys));
    stops.unshift(watchSettingsWrittenElsewhere({ db, changes, secrets, intervalMs: POLL_MS }));
    return { settings, writer, announced };
  }

  it('a commit that touches no setting is not a reason to read the settings again', async () => {
    const { settings, writer, announced } = hostAndWriter();
    const reads = vi.spyOn(settings, 'getAll');
    const insert = writer.prepare('INSERT INTO texts (text) VALUES (?)');
    for (let page = 0; page < 10; page += 1) {
      insert.run(`page ${page}`);
      await sleep(POLL_MS * 3);
    }
    expect(reads).not.toHaveBeenCalled();
    expect(announced).toEqual([]);
  });

  it('a setting or the token written by another connection is still announced', async () => {
    const { writer, announced } = hostAndWriter();
    new SettingsStore(writer).set('syncIntervalSec', 600);
    await vi.waitFor(() => expect(announced).toEqual([['syncIntervalSec']]), { timeout: 2000, interval: POLL_MS });
    new SecretStore(writer).set('districtToken', 'another-token-0123456789');
    await vi.waitFor(() => expect(announced).toEqual([['syncIntervalSec'], ['districtToken']]), { timeout: 2000, interval: POLL_MS });
  });
});
