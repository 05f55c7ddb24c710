import type { Database } from 'better-sqlite3';
import type { SyncStatus } from '../../shared/contract/index.ts';
import type { DossierStore } from '../dossiers/dossier-store.ts';
import { log } from '../log/log.ts';
import { uploadRatingsAfterSync } from '../ratings/upload-ratings.ts';
import type { SecretStore } from '../settings/secret-store.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { DistrictClient } from './district-client.ts';
import { syncDossierFeed } from './dossier-feed-sync.ts';
import type { FeedSyncReport } from './dossier-feed-sync.ts';
import { syncCatalogue } from './catalogue-sync.ts';
import { inProcessFeedSource, laterPagesFrom } from './feed-page-source.ts';
import type { FeedPageSource } from './feed-page-source.ts';
import { freeDiskBytes, sendHeartbeat } from './heartbeat.ts';
import type { HeartbeatOutcome } from './heartbeat.ts';
import { retryQuarantinedDossiers } from './retry-quarantined.ts';
import { AuditLog } from '../technician/audit-log.ts';
import { SyncError } from './sync-error.ts';
import { SyncScheduler } from './sync-scheduler.ts';
import type { SyncStateStore } from './sync-state-store.ts';
import { validateFeedItems } from './validate-feed-items.ts';
import { workerFeedSource } from './worker-feed-source.ts';
import type { FeedFormat } from './validate-feed-items.ts';

export interface SyncServiceDeps {
  db: Database;
  store: DossierStore;
  state: SyncStateStore;
  settings: SettingsStore;
  secrets: SecretStore;
  now: () => Date;
  onStatus: (status: SyncStatus) => void;
  format?: FeedFormat;
  /** The bundled feed worker; without it the feed is read in this thread (see worker-feed-source.ts). */
  feedWorkerScript?: string | null;
  /** PEM of a pinned district CA. */
  ca?: string;
  dbPath: string;
  version: string;
  /** Scanner health for the heartbeat (the scanner service fills it in). */
  scannerHealth?: () => Record<string, unknown>;
  /** The updater's state for the heartbeat (Electron's update controller fills it in). */
  updateStatus?: () => object | null;
}

const LIVE_LOOKUP_TIMEOUT_MS = 3_000;

/** Everything the kiosk pulls from and pushes to the district server. */
export class SyncService {
  private readonly scheduler: SyncScheduler;
  private lastReport: FeedSyncReport | null = null;
  private lastHeartbeat: HeartbeatOutcome | null = null;
  /** District settings already refused and audited, by key: the value refused. */
  private readonly refusalsSeen = new Map<string, string>();
  private readonly progressListeners = new Set<(progress: { pages: number; records: number }) => void>();

  constructor(private readonly deps: SyncServiceDeps) {
    this.scheduler = new SyncScheduler({
      runOnce: () => this.runOnce(),
      // Read at each scheduling, so a changed sync interval applies without a restart.
      get intervalMs() {
        return deps.settings.get('syncIntervalSec') * 1000;
      },
      onStatus: deps.onStatus,
      readStatus: () => deps.state.status(),
      recordFailure: (message) => {
        deps.state.recordFailure(deps.now(), message);
        log.warn('sync failed', { reason: message });
      },
    });
  }

  /** Pages and records of a running sync, as they are applied (technician mode shows them). */
  onProgress(listener: (progress: { pages: number; records: number }) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  get configured(): boolean {
    return this.deps.settings.get('districtServerUrl') !== null && this.deps.secrets.get('districtToken') !== null;
  }

  start(): void {
    if (this.configured) this.scheduler.start();
  }

  stop(): void {
    this.scheduler.stop();
  }

  /** Runs a sync now; resolves with what it did, rejects with the SyncError that stopped it. */
  async syncNow(): Promise<FeedSyncReport> {
    if (!this.configured) throw new SyncError('not-configured', 'No district server is configured.');
    await this.scheduler.syncNow();
    if (this.scheduler.lastFailure) throw this.scheduler.lastFailure;
    return this.lastReport!;
  }

  /**
   * Asks the server for one dossier the cache does not have, and keeps the answer. Null when
   * offline, unconfigured, unknown to the server too, or invalid: the caller says "not found".
   */
  async liveLookup(code: string): Promise<boolean> {
    const client = this.client(LIVE_LOOKUP_TIMEOUT_MS);
    if (!client) return false;
    try {
      const item = await client.fetchDossier(code);
      if (item === null) return false;
      const { valid } = validateFeedItems([item], this.deps.format ?? 'kiosk');
      const record = valid[0];
      if (!record || record.code.toUpperCase() !== code.toUpperCase()) return false;
      this.deps.store.writeTransaction(() => this.deps.store.writeValidated([record], this.deps.now()));
      return true;
    } catch (error) {
      log.warn('live lookup failed', { kind: error instanceof SyncError ? error.kind : 'unknown' });
      return false;
    }
  }

  private client(timeoutMs?: number): DistrictClient | null {
    const baseUrl = this.deps.settings.get('districtServerUrl');
    const token = this.deps.secrets.get('districtToken');
    if (!baseUrl || !token) return null;
    return new DistrictClient({
      baseUrl,
      token,
      kioskId: this.deps.settings.get('kioskId') ?? 'unnamed-kiosk',
      ca: this.deps.ca ?? this.deps.settings.get('districtCaPem') ?? undefined,
      timeoutMs,
      now: this.deps.now,
    });
  }

  private feedSource(client: DistrictClient): FeedPageSource {
    const format = this.deps.format ?? 'kiosk';
    const here = inProcessFeedSource(client, format);
    const script = this.deps.feedWorkerScript;
    if (!script) return here;
    return laterPagesFrom(here, () => workerFeedSource({ script, data: { client: client.connection, format }, fallback: () => here }));
  }

  private async runOnce(): Promise<void> {
    const client = this.client();
    if (!client) throw new SyncError('not-configured', 'No district server is configured.');
    const started = Date.now();
    const source = this.feedSource(client);
    let report: FeedSyncReport;
    try {
      report = await syncDossierFeed({
        db: this.deps.db,
        store: this.deps.store,
        state: this.deps.state,
        source,
        now: this.deps.now,
        onProgress: (progress) => {
          this.deps.onStatus({ ...this.deps.state.status(), state: 'syncing' });
          for (const listener of this.progressListeners) listener(progress);
        },
      });
    } finally {
      await source.close();
    }
    await retryQuarantinedDossiers({ db: this.deps.db, store: this.deps.store, client, now: this.deps.now, format: this.deps.format });
    const catalogue = await syncCatalogue(this.deps.db, client, this.deps.state, this.deps.now());
    if (catalogue.rejected > 0) log.warn('catalogue records rejected', { rejected: catalogue.rejected });
    this.deps.state.recordSuccess('server', this.deps.now());
    this.lastReport = report;
    log.info('sync done', { ...report, ms: Date.now() - started });
    await this.heartbeat(client);
    await uploadRatingsAfterSync(this.deps.db, client);
  }

  /** The heartbeat never fails a sync: its own errors are logged and retried next time. */
  private async heartbeat(client: DistrictClient): Promise<void> {
    try {
      this.lastHeartbeat = await sendHeartbeat(
        client,
        {
          kioskId: this.deps.settings.get('kioskId') ?? 'unnamed-kiosk',
          version: this.deps.version,
          lastSyncAt: this.deps.state.dataAsOf(),
          scanner: this.deps.scannerHealth?.() ?? { state: 'unknown' },
          disk: { freeBytes: freeDiskBytes(this.deps.dbPath) },
          quarantined: this.deps.db.prepare('SELECT count(*) FROM quarantine').pluck().get() as number,
          update: (this.deps.updateStatus?.() as Record<string, unknown> | null | undefined) ?? null,
        },
        this.deps.settings,
        this.deps.now(),
        { log: new AuditLog(this.deps.db, this.deps.now), refusalsSeen: this.refusalsSeen },
      );
      for (const r of this.lastHeartbeat.rejected) log.warn('district setting rejected', { key: r.key });
    } catch (error) {
      log.warn('heartbeat failed', { kind: error instanceof SyncError ? error.kind : 'unknown' });
    }
  }

  get heartbeatOutcome(): HeartbeatOutcome | null {
    return this.lastHeartbeat;
  }
}
