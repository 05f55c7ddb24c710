import type { Database } from 'better-sqlite3';
import { AuditLog } from '../../electron/audit/audit-log.ts';
import { SecretStore } from '../../electron/settings/secret-store.ts';
import { SettingChanges } from '../../electron/settings/setting-changes.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';

/** The one way settings change, over a kiosk database the test opened itself (the host builds its own). */
export function settingChangesFor(db: Database, audit = new AuditLog(db)): SettingChanges {
  return new SettingChanges({ db, settings: new SettingsStore(db), secrets: new SecretStore(db), audit });
}
