// A large `kiosk import` on the real SQLite file of a running kiosk: while the file streams in,
// the kiosk's own connection (openDatabase's normal busy_timeout) keeps writing its audit log and
// sync pages without SQLITE_BUSY, and at the end every imported record is in, next to the
// kiosk's writes, with a sync page newer than the file's record left as the kiosk wrote it.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { loadDemoData } from '../../../../electron/demo/load-demo-data.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { importDossiers } from '../../../../electron/import/import-dossiers.ts';
import { SyncStateStore } from '../../../../electron/sync/sync-state-store.ts';
import { AuditLog } from '../../../../electron/audit/audit-log.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const tempDir = useTempDir('kiosk-import-concurrent-');
const RECORDS = 20_000;

const code = (i: number) => `000.00.12.H53-2611${10 + Math.floor(i / 9999)}-${String(1 + (i % 9999)).padStart(4, '0')}`;

function writeExport(dir: string): string {
  const file = path.join(dir, 'export.jsonl');
  const fd = fs.openSync(file, 'w');
  for (let i = 0; i < RECORDS; i += 1) fs.writeSync(fd, `${JSON.stringify(dossierRecord({ code: code(i), version: 2 }))}\n`);
  fs.closeSync(fd);
  return file;
}

/** The running kiosk: writes on its own connection every few milliseconds until the import ends. */
async function kioskWritingDuring<T>(kiosk: Database, write: (n: number) => void, work: Promise<T>): Promise<{ result: T; writes: number; failures: string[] }> {
  let done = false;
  let writes = 0;
  const failures: string[] = [];
  const ticking = (async () => {
    while (!done) {
      try {
        write(writes);
        writes += 1;
      } catch (error) {
        failures.push((error as Error).message);
        done = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  try {
    return { result: await work, writes, failures };
  } finally {
    done = true;
    await ticking;
  }
}

describe('kiosk import while the kiosk runs', () => {
  it('the kiosk keeps writing its audit log while a large file streams in over the demo data', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'kiosk.db');
    const setup = openDatabase(dbFile);
    loadDemoData(setup, path.resolve('assets'), new Date());
    setup.close();
    const file = writeExport(dir);

    const importer = openDatabase(dbFile);
    const kiosk = openDatabase(dbFile);
    try {
      const audit = new AuditLog(kiosk);
      const run = await kioskWritingDuring(kiosk, (n) => audit.record('kiosk', 'sync-now', { n }), importDossiers(importer, file, 'kiosk', new Date()));
      expect(run.failures).toEqual([]);
      expect(run.writes).toBeGreaterThan(2);
      expect(run.result).toMatchObject({ read: RECORDS, applied: RECORDS, rejected: 0, replacedDemo: true, unchanged: false });
      expect(new DossierStore(kiosk).count()).toBe(RECORDS);
      expect(new SyncStateStore(kiosk).read().source).toBe('import');
      expect(kiosk.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'sync-now'").pluck().get()).toBe(run.writes);
      expect(importer.prepare("SELECT COUNT(*) FROM temp.sqlite_master WHERE name LIKE 'import_%'").pluck().get()).toBe(0);
    } finally {
      importer.close();
      kiosk.close();
    }
  }, 120_000);

  it('a sync page the kiosk writes during the import keeps its newer version; older ones are updated by the file', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'kiosk.db');
    const setup = openDatabase(dbFile);
    new DossierStore(setup).upsertMany([dossierRecord({ code: code(1), version: 1 })], new Date());
    new SyncStateStore(setup).recordSuccess('server', new Date());
    setup.close();
    const file = writeExport(dir);

    const importer = openDatabase(dbFile);
    const kiosk = openDatabase(dbFile);
    try {
      const store = new DossierStore(kiosk);
      // Sync pages: a newer version (9) of a code the file carries at version 2.
      const run = await kioskWritingDuring(
        kiosk,
        (n) => store.upsertMany([dossierRecord({ code: code(n % 2 === 0 ? 0 : RECORDS - 1), version: 9, status: 8 })], new Date()),
        importDossiers(importer, file, 'kiosk', new Date()),
      );
      expect(run.failures).toEqual([]);
      expect(run.writes).toBeGreaterThan(2);
      expect(run.result).toMatchObject({ read: RECORDS, rejected: 0, replacedDemo: false, unchanged: false });
      expect(run.result.applied + run.result.ignored).toBe(RECORDS);
      expect(run.result.ignored).toBe(2);
      const version = kiosk.prepare('SELECT version FROM dossiers WHERE code = ?').pluck();
      expect(version.get(code(0))).toBe(9);
      expect(version.get(code(RECORDS - 1))).toBe(9);
      expect(version.get(code(1))).toBe(2);
      expect(store.count()).toBe(RECORDS);
    } finally {
      importer.close();
      kiosk.close();
    }
  }, 120_000);
});
