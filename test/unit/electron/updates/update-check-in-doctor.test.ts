// The technician sees why an update was refused: the updater's last check is kept in the
// update record beside the database, and `kiosk doctor` (and "Run the checks") reads it.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderText } from '../../../../shared/i18n/technician-format.ts';
import { electronUpdaterPort } from '../../../../electron/app/updater.ts';
import type { ElectronUpdater } from '../../../../electron/app/updater.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { kioskStores } from '../../../../electron/stores/kiosk-stores.ts';
import { runDoctor } from '../../../../electron/technician/doctor.ts';
import { SignedUpdates } from '../../../../electron/updates/signed-updates.ts';
import { UpdateRecordFile } from '../../../../electron/updates/update-record.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { feedUpdateController } from './feed-update-controller.ts';
import { appImageKiosk, signatureFile, startUpdateFeed, updateSigningKey } from './update-feed-harness.ts';
import type { UpdateFeedServer } from './update-feed-harness.ts';

vi.mock('electron', () => ({}));

const tempDir = useTempDir('kiosk-update-doctor-');
const vendorKey = updateSigningKey();
let feed: UpdateFeedServer;
beforeAll(async () => {
  feed = await startUpdateFeed(vendorKey);
  vi.stubEnv('KIOSK_LOG', 'silent');
});
afterAll(() => feed.close());
afterEach(() => {
  feed.signature = (fileName, metadata) => signatureFile(fileName, metadata, vendorKey);
});

/** The Electron kiosk's userData: kiosk.db and update-record.json side by side; one check of the feed. */
async function checkedKiosk() {
  const userData = tempDir();
  const kiosk = appImageKiosk(feed, tempDir());
  const controller = feedUpdateController({
    feed,
    updater: electronUpdaterPort(kiosk.updater as unknown as ElectronUpdater, 'appimage', new SignedUpdates([vendorKey.trusted])),
    store: new UpdateRecordFile(path.join(userData, 'update-record.json')),
    currentVersion: '1.1.0',
  });
  await controller.checkNow();
  controller.stop();
  vi.unstubAllEnvs();
  vi.stubEnv('KIOSK_LOG', 'silent');
  return path.join(userData, 'kiosk.db');
}

async function updatesCheck(dbPath: string) {
  const db = openDatabase(dbPath);
  try {
    const report = await runDoctor({ db, dbPath, stores: kioskStores(db), timeoutMs: 1000 });
    const check = report.checks.find((c) => c.id === 'updates')!;
    return { status: check.status, en: renderText('en', check.message), vi: renderText('vi', check.message), fix: check.fix && renderText('en', check.fix) };
  } finally {
    db.close();
  }
}

describe('the last update check in kiosk doctor', () => {
  it('names the refusal of metadata signed by another key, with what to do', async () => {
    const otherKey = updateSigningKey();
    feed.signature = (fileName, metadata) => signatureFile(fileName, metadata, otherKey);
    const check = await updatesCheck(await checkedKiosk());
    expect(check.status).toBe('warning');
    expect(check.en).toMatch(/^The last update check, at .+, failed: Update refused: latest-linux\.yml is signed by key [0-9a-f]{16}, which this kiosk does not trust/);
    expect(check.vi).toMatch(/^Lần kiểm tra cập nhật gần nhất, lúc .+, không thành công: Update refused/);
    expect(check.fix).toContain('.sig');
  });

  it('is fine after a check of signed metadata, and says what the feed publishes', async () => {
    const check = await updatesCheck(await checkedKiosk());
    expect(check).toMatchObject({ status: 'ok', fix: null });
    expect(check.en).toMatch(/^Last update check at .+: the feed publishes 1\.1\.0\.$/);
  });

  it('is not checked where the app has never looked (the CLI, development runs)', async () => {
    const check = await updatesCheck(path.join(tempDir(), 'kiosk.db'));
    expect(check.status).toBe('not-checked');
  });
});
