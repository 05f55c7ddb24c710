// A Linux kiosk upgraded to run with --password-store=basic keeps a district token sealed
// earlier through libsecret/kwallet, which it can no longer open. Each place a technician looks
// must say to re-enter it, never "not configured" beside a token shown as set.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../../../shared/i18n/technician-format.ts';
import { translate } from '../../../../shared/i18n/technician-format.ts';
import { safeStorageSealer } from '../../../../electron/app/safe-storage-sealer.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { kioskStores } from '../../../../electron/stores/kiosk-stores.ts';
import { SecretStore } from '../../../../electron/settings/secret-store.ts';
import type { SecretSealer } from '../../../../electron/settings/secret-store.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { runDoctor } from '../../../../electron/technician/doctor.ts';
import { syncServiceFor } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { openTestHost } from './technician-harness.ts';

const tempDir = useTempDir();
const TOKEN = 'district-A-token-123';

/** The keystore of the earlier version (libsecret): only the OS could open what it sealed. Electron's safeStorage cannot run here. */
const keyring: SecretSealer = {
  isAvailable: () => true,
  seal: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
  unseal: (sealed) => Buffer.from(sealed.map((b) => b ^ 0x5a)).toString('utf8'),
};
/** safeStorage as Electron reports it under --password-store=basic. */
const basicStore = safeStorageSealer(
  {
    isEncryptionAvailable: () => true,
    encryptString: (plain) => Buffer.from(`basic:${plain}`),
    decryptString: () => {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    },
    getSelectedStorageBackend: () => 'basic_text',
  },
  'linux',
);

/** A kiosk database as the earlier version left it: the server set, the token sealed by the keyring. */
function upgradedKiosk(): string {
  const dir = tempDir();
  const db = openDatabase(path.join(dir, 'kiosk.db'));
  new SettingsStore(db).set('districtServerUrl', 'https://dongbo.travinh.gov.vn/kiosk');
  new SecretStore(db, keyring).set('districtToken', TOKEN);
  db.close();
  return dir;
}

describe('a district token sealed by a keystore the kiosk no longer uses', () => {
  it('the technician’s connection tab says to re-enter it, Sync now says so too, and entering it again clears it', async () => {
    const t = await openTestHost(upgradedKiosk(), { secretSealer: basicStore });
    const session = await t.unlock();
    expect((await t.call('technicianGetSettings', { session })).token).toMatchObject({ set: true, sealed: true, unreadable: true });
    expect(await t.call('technicianSyncNow', { session })).toEqual({ started: false, reason: 'token-unreadable' });

    await t.call('technicianSetToken', { session, token: TOKEN });
    expect((await t.call('technicianGetSettings', { session })).token).toMatchObject({ set: true, sealed: false, unreadable: false });
    await t.close();
  });

  it('a sync fails as "re-enter the district token", not as "not configured"', async () => {
    const dir = upgradedKiosk();
    const dbPath = path.join(dir, 'kiosk.db');
    const db = openDatabase(dbPath);
    const sync = syncServiceFor(db, dbPath, { secrets: new SecretStore(db, basicStore) });
    try {
      await expect(sync.syncNow()).rejects.toMatchObject({ kind: 'token-unreadable', message: expect.stringMatching(/re-enter the district token/) });
      // Without any token at all it is still "not configured".
      new SecretStore(db).set('districtToken', null);
      await expect(sync.syncNow()).rejects.toMatchObject({ kind: 'not-configured' });
    } finally {
      await sync.close();
      db.close();
    }
  });

  it('has words in both languages that say what to do', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const key of ['tech.token.unreadable', 'tech.sync.tokenUnreadable', 'tech.syncError.token-unreadable', 'tech.doctor.token.unreadableFix']) {
        expect(translate(lang, key)).not.toBe(key);
      }
    }
    expect(translate('vi', 'tech.token.unreadable')).toMatch(/^Hãy nhập lại token của máy/);
    expect(translate('en', 'tech.syncError.token-unreadable')).toMatch(/re-enter the district token/);
  });

  it('kiosk doctor on Linux names it a failure with the fix; elsewhere a sealed token is not a failure', async () => {
    const dir = upgradedKiosk();
    const dbPath = path.join(dir, 'kiosk.db');
    const db = openDatabase(dbPath);
    try {
      const tokenCheck = async (platform: NodeJS.Platform) => {
        const report = await runDoctor({ db, dbPath, stores: kioskStores(db), timeoutMs: 1000, platform });
        const check = report.checks.find((c) => c.id === 'token')!;
        return { status: check.status, en: renderText('en', check.message), vi: renderText('vi', check.message), fix: check.fix && renderText('en', check.fix) };
      };
      const linux = await tokenCheck('linux');
      expect(linux.status).toBe('failure');
      expect(linux.en).toMatch(/keystore this kiosk no longer uses/);
      expect(linux.vi).toMatch(/không đọc được/);
      expect(linux.fix).toMatch(/^Re-enter the district token/);
      // Windows and macOS keep their keystore: there the app can still read what it sealed.
      const windows = await tokenCheck('win32');
      expect(windows.status).toBe('not-checked');
      expect(windows.en).not.toMatch(/no longer uses/);
    } finally {
      db.close();
    }
  });
});
