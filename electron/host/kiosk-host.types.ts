import type { CallResponse, KioskEvent } from '../../shared/contract/index.ts';
import type { SecretSealer } from '../settings/secret-store.ts';
import type { HelperLauncher } from '../speech/helper-process.ts';
import type { UpdateFeed, UpdateReport } from '../updates/update-types.ts';

/** The kiosk host as both transports see it: one validated entry point and a push stream. */
export interface KioskHost {
  /** Validates `input` against the contract, runs the method, never throws. */
  call(method: string, input: unknown): Promise<CallResponse>;
  subscribe(listener: (event: KioskEvent) => void): () => void;
  close(): Promise<void>;
  /** Where Electron's updater looks for new versions, from the settings (null: nowhere). */
  updateFeed?(): UpdateFeed | null;
}

export interface KioskHostOptions {
  /** SQLite file; created and migrated when missing. */
  dbPath: string;
  /** The kiosk's version for the kiosk info, heartbeat and diagnostics (Electron: app.getVersion(), the updater's); default package.json's. */
  version?: string;
  /** Load the bundled demo data when the cache is empty and no district server is configured. */
  demoWhenEmpty?: boolean;
  /** better-sqlite3 addon to load (Electron's ABI build lives beside the Node one). */
  nativeBinding?: string;
  /** Folder holding demo/ (defaults to the app's assets/). */
  assetsDir?: string;
  /** Overrides the idle-timeout setting (used by `serve --idle-timeout`). */
  idleTimeoutSec?: number;
  /** OS keystore for the district token (Electron safeStorage); plain storage without it. */
  secretSealer?: SecretSealer;
  /** The updater's state for the heartbeat (Electron only). */
  updateStatus?: () => UpdateReport | null;
  /** The bundled change-feed worker; without it the feed is parsed on the host's thread. */
  feedWorkerScript?: string | null;
  /** The bundled speech helper; without it espeak-ng is started from the host's own process. */
  speechHelperScript?: string | null;
  /** How the speech helper is started (Electron: utilityProcess); default child_process.fork. */
  launchHelper?: HelperLauncher;
  /** Asks whatever supervises the host to restart it (technician mode's "restart services"). */
  requestRestart?: (reason: string) => void;
  /** Run the background sync schedule (off for one-shot CLI commands). Default true. */
  backgroundSync?: boolean;
  now?: () => Date;
  /** Monotonic milliseconds (default performance.now): what the PIN lockout and technician session are measured on. */
  monotonic?: () => number;
  /**
   * Make lookups wait after several misses in a row (default true). Off only where one host
   * serves many simulated citizens back to back: the end-to-end suite's shared kiosks.
   */
  lookupThrottle?: boolean;
}
