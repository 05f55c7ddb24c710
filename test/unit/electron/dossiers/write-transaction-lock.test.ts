import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { fromDossierRecord } from '../../../../electron/dossiers/dossier-write.ts';
import { DossierRecord } from '../../../../shared/contract/index.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { openCache } from '../../../support/sync-harness.ts';
import type { KioskCache } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

/**
 * The sync writer's page transaction reads before it writes (its caches' data_version, the text
 * dictionary). Begun as a plain BEGIN, a commit of the main thread's connection landing between
 * that read and its first write failed the whole page at once (SQLITE_BUSY_SNAPSHOT), and with it
 * the sync. The write lock is taken first: the other connection waits for the page instead.
 */
describe('a dossier write transaction beside another connection', () => {
  const tempDir = useTempDir();
  const caches: KioskCache[] = [];
  afterEach(() => {
    for (const cache of caches.splice(0)) cache.db.close();
  });

  it('keeps its page when the other connection writes between its first read and its first write', () => {
    const writer = openCache(tempDir());
    caches.push(writer);
    const main = openDatabase(writer.file);
    caches.push({ ...writer, db: main });
    main.pragma('busy_timeout = 50');
    const mainStore = new DossierStore(main);
    const page = [fromDossierRecord(DossierRecord.parse(dossierRecord({ code: '000.00.12.H53-261115-0001' })))];
    let mainWrite = 'not tried';

    writer.store.writeTransaction(() => {
      writer.store.versionOf('000.00.12.H53-261115-0001');
      try {
        // A scan's record, a rating: the main thread's small write.
        mainStore.upsertMany([dossierRecord({ code: '000.00.12.H53-261115-0002' })], new Date());
        mainWrite = 'committed';
      } catch (error) {
        mainWrite = (error as { code: string }).code;
      }
      writer.store.writeValidated(page, new Date());
    });

    expect(mainWrite).toBe('SQLITE_BUSY');
    expect(writer.store.versionOf('000.00.12.H53-261115-0001')).toBe(1);
    // Once the page is in, the main thread's write goes through.
    mainStore.upsertMany([dossierRecord({ code: '000.00.12.H53-261115-0002' })], new Date());
    expect(writer.store.count()).toBe(2);
  });
});
