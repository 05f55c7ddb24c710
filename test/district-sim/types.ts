import type { DossierRecord } from '../../shared/contract/dossier.ts';
import type { DossierFormat } from './dossier-output.ts';
import type { FaultControl } from './faults.ts';
import type { RequestLogEntry } from './request-log.ts';
import type { ReceivedHeartbeat } from './routes/heartbeat.ts';
import type { ReceivedRating } from './routes/ratings.ts';

export interface DistrictSimOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  dossiers: number;
  /** The kiosk's bearer token. */
  token: string;
  /** Same seed, same anchor: same dossiers. Default 1. */
  seed?: number;
  /** `national` publishes dossiers with the national portal's field names. Default `kiosk`. */
  format?: DossierFormat;
  /** Dossiers moved to their next status each second, on a timer. */
  churnPerSecond?: number;
  /** How many changes cursors may lag behind before they expire (410). Default: no limit. */
  retainChanges?: number;
  /** Offer the compact page shape (`shape=compact`); off, it answers as a server that predates it. Default true. */
  compactFeed?: boolean;
  /**
   * Serve only the portal's lookup by code (`POST /TraCuuHoSo`), as many provincial systems do:
   * no change feed, catalogue, ratings or heartbeat (404). National format only. Default false.
   */
  lookupOnly?: boolean;
  /** The simulated present: dossiers were received on working days before it. Default: now. */
  anchor?: Date;
}

export interface DistrictSim {
  url: string;
  port: number;
  close(): Promise<void>;
  /** Moves n unfinished dossiers to their next status (version + 1); returns their codes. */
  advance(n: number): string[];
  /** Deletes n live dossiers (the feed then carries tombstones); returns their codes. */
  deleteDossiers(n: number): string[];
  /** Every cursor issued so far answers 410 cursor-expired from now on. */
  expireCursors(): void;
  /** Publishes a changed procedure catalogue; returns its new ETag. */
  reviseProcedures(): string;
  /** The configuration heartbeats return (null: none). */
  setKioskConfig(config: Record<string, unknown> | null): void;
  faults: FaultControl;
  state: {
    /** Every live dossier at its latest version, in the kiosk's format; for small simulators. */
    allDossiers(): DossierRecord[];
    dossier(code: string): DossierRecord | null;
    ratingsReceived(): ReceivedRating[];
    heartbeats(): ReceivedHeartbeat[];
  };
  requests(): RequestLogEntry[];
  clearRequests(): void;
  /** TCP connections kiosks opened to it so far, and how many are still open. */
  connections(): { opened: number; open: number };
}
