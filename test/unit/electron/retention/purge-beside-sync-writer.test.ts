// The first sync after a start runs beside the start's purge of old dossiers. The sync writer
// thread holds the database's write lock page after page; a purge step that waited for it slept
// on the main thread (scans, IPC) until the page committed, and after the busy timeout failed.
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { DossierRetentionService } from '../../../../electron/retention/dossier-retention-service.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const NOW = new Date('2026-11-20T03:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('purging old dossiers while the sync writer holds the write lock', () => {
  const tempDir = useTempDir('kiosk-retention-lock-');
  const open: Database[] = [];
  beforeAll(() => vi.stubEnv('KIOSK_LOG', 'silent'));
  afterEach(() => {
    for (const db of open.splice(0)) {
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    }
  });

  it('leaves this thread free meanwhile and purges once the page has committed', async () => {
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    open.push(db);
    const returnedLongAgo = Array.from({ length: 20 }, (_, i) =>
      dossierRecord({ code: `000.00.12.H53-250101-${String(i).padStart(4, '0')}`, status: 10, receivedAt: daysAgo(220), finishedAt: daysAgo(200), returnedAt: daysAgo(200), dueAt: null, timeline: [] }),
    );
    new DossierStore(db).upsertMany(returnedLongAgo, NOW);
    const writer = openDatabase(file);
    open.push(writer);
    writer.exec('BEGIN IMMEDIATE');

    const service = new DossierRetentionService({ db, settings: new SettingsStore(db), now: () => NOW });
    let purged: number | null = null;
    const run = service.runNow().then((n) => (purged = n));
    // Timers still run on this thread while the page holds the lock, and nothing was purged yet.
    await sleep(200);
    expect(purged).toBeNull();
    expect(new DossierStore(db).count()).toBe(20);

    writer.exec('COMMIT');
    await run;
    expect(purged).toBe(20);
    expect(new DossierStore(db).count()).toBe(0);
  });
});
