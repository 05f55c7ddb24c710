import type { Database } from 'better-sqlite3';
import type { KioskEvent } from '../../shared/contract/index.ts';
import type { ProcedureSearch } from '../catalogue/procedure-search.ts';
import type { ProcedureStore } from '../catalogue/procedure-store.ts';
import type { SettingChanges } from '../settings/setting-changes.ts';
import type { PrinterService } from '../printer/printer-service.ts';
import type { SyncService } from '../sync/sync-service.ts';
import type { TechnicianSessionCheck } from '../technician/technician-session-check.ts';
import type { KioskHostOptions } from './kiosk-host.types.ts';
import type { KioskStores } from '../stores/kiosk-stores.ts';

/** Everything the host wires together; each feature's handlers take what they need from it. */
export interface HostServices extends KioskStores {
  options: KioskHostOptions;
  version: string;
  db: Database;
  now: () => Date;
  /** The one way a setting changes, from any origin: validated, audited, pushed to the UI. */
  settingChanges: SettingChanges;
  sync: SyncService;
  procedures: ProcedureStore;
  procedureSearch: ProcedureSearch;
  /** The receipt printer the settings name (one print at a time; its last paper state). */
  printer: PrinterService;
  emit: (event: KioskEvent) => void;
  /** The folder of the rotating log files (null when logging to files is off). */
  logDir: string | null;
  /** Demands an open technician session, for handlers outside technician mode's own. */
  technicianSession: TechnicianSessionCheck;
  /** Work to run when the host closes (stop timers, close devices), last registered first. */
  onClose: (cleanup: () => void | Promise<void>) => void;
}
