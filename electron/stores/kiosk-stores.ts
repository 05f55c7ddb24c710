import type { Database } from 'better-sqlite3';
import { AuditLog } from '../audit/audit-log.ts';
import { DossierStore } from '../dossiers/dossier-store.ts';
import { SecretStore } from '../settings/secret-store.ts';
import type { SecretSealer } from '../settings/secret-store.ts';
import { SettingsStore } from '../settings/settings-store.ts';
import { QuarantineStore } from '../sync/quarantine-store.ts';
import { SyncStateStore } from '../sync/sync-state-store.ts';

/** The stores of the kiosk's own tables; code outside them reads and writes those tables only through them. */
export interface KioskStores {
  settings: SettingsStore;
  secrets: SecretStore;
  /** The audit log of technician, shell and district actions. */
  audit: AuditLog;
  syncState: SyncStateStore;
  dossiers: DossierStore;
  quarantine: QuarantineStore;
}

export interface KioskStoreOptions {
  now?: () => Date;
  /** The OS keystore (the app's); a shell has none, so tokens it sets are stored unsealed. */
  secretSealer?: SecretSealer | null;
}

/** Builds the stores once for an open database: the host does at start, each CLI command in its own process. */
export function kioskStores(db: Database, options: KioskStoreOptions = {}): KioskStores {
  return {
    settings: new SettingsStore(db),
    secrets: new SecretStore(db, options.secretSealer ?? null),
    audit: new AuditLog(db, options.now),
    syncState: new SyncStateStore(db),
    dossiers: new DossierStore(db),
    quarantine: new QuarantineStore(db),
  };
}
