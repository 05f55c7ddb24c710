import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SecretStore } from '../../../../electron/settings/secret-store.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { applySetting } from '../../../../electron/settings/apply-setting.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const tempDir = useTempDir();

describe('applySetting: a new district server and the old token’s removal', () => {
  it('commit together: when the token cannot be removed, the old address stays too', () => {
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const settings = new SettingsStore(db);
    const secrets = new SecretStore(db);
    applySetting(db, settings, secrets, 'districtServerUrl', 'https://dongbo.travinh.gov.vn/kiosk');
    secrets.set('districtToken', 'district-A-token-123');
    // The deletion fails as a full disk or an I/O error would, after the address was written.
    db.exec("CREATE TRIGGER keep_token BEFORE DELETE ON secrets BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");

    expect(() => applySetting(db, settings, secrets, 'districtServerUrl', 'https://dongbo.vinhlong.gov.vn/kiosk')).toThrow(/disk I\/O error/);
    expect(settings.get('districtServerUrl')).toBe('https://dongbo.travinh.gov.vn/kiosk');
    expect(secrets.get('districtToken')).toBe('district-A-token-123');

    db.exec('DROP TRIGGER keep_token');
    expect(applySetting(db, settings, secrets, 'districtServerUrl', 'https://dongbo.vinhlong.gov.vn/kiosk')).toMatchObject({ tokenCleared: true });
    expect(secrets.get('districtToken')).toBeNull();
    db.close();
  });
});
