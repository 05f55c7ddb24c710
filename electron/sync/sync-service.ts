import type { Database } from 'better-sqlite3';
import type { SyncStatus } from '../../shared/contract/index.ts';
import type { DossierStore } from '../dossiers/dossier-store.ts';
import { FreshRecordWriter } from '../dossiers/fresh-record-writer.ts';
import { log } from '../log/log.ts';
import { uploadRatingsAfterSync } from './upload-ratings.ts';
import type { SecretStore } from '../settings/secret-store.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { DistrictAgents } from './district-agents.ts';
import { chooseDistrictServer } from './district-server/choose-district-server.ts';
import type { DistrictServer } from './district-server/district-server.ts';
import type { FeedSyncReport } from './dossier-feed-sync.ts';
import { syncFeedUnlessLookupOnly } from './lookup-only-feed.ts';
import type { FeedOutcome } from './lookup-only-feed.ts';
import { syncCatalogue } from './catalogue-sync.ts';
import { inProcessFeedSource, laterPagesFrom } from './feed-page-source.ts';
import type { FeedPageSource } from './feed-page-source.ts';
import { freeDiskBytes, sendHeartbeat } from './heartbeat.ts';
import type { HeartbeatOutcome } from './heartbeat.ts';
import { QuarantineStore } from './quarantine-store.ts';
import { retryQuarantinedDossiers } from './retry-quarantined.ts';
import { AuditLog } from '../audit/audit-log.ts';
import { SettingChanges } from '../settings/setting-changes.ts';
import { SyncError } from './sync-error.ts';
import type { LiveRefresh } from '../dossiers/scan-freshness.ts';
import { SyncScheduler } from './sync-scheduler.ts';
import type { SyncSchedulerOptions } from './sync-scheduler.ts';
import { storageFailure } from './storage-failure.ts';
import type { SyncStateStore } from './sync-state-store.ts';
import { validateFeedItems } from './validate-feed-items.ts';
import { workerFeedSource } from './worker-feed-source.ts';
import { syncFeedOffMainThread } from './sync-writer.ts';

export interface SyncServiceDeps {
  db: Database;
  store: DossierStore;
  state: SyncStateStore;
  settings: SettingsStore;
  secrets: SecretStore;
  now: () => Date;
  onStatus: (status: SyncStatus) => void;
  /**
   * The bundled feed worker: the sync writer thread that reads and writes the feed on its own
   * connection (sync-writer.ts). Without it, or when it cannot start, the feed is written in this
   * thread, its pages parsed by the same script as a page reader when it can (worker-feed-source.ts).
   */
  feedWorkerScript?: string | null;
  /** PEM of a pinned district CA. */
  ca?: string;
  dbPath: string;
  version: string;
  /** Scanner health for the heartbeat (the scanner service fills it in). */
  scannerHealth?: () => Record<string, unknown>;
  /** The updater's state for the heartbeat (Electron's update controller fills it in). */
  updateStatus?: () => object | null;
  /** The receipt printer's paper state for the heartbeat, read at each heartbeat (the host's printer service). */
  printerStatus?: () => Promise<object>;
  /** The one way settings change (the host's, so a district change reaches the UI at once); tests may leave it out. */
  settingChanges?: SettingChanges;
  /** The schedule's randomness and timers (fakes in tests). */
  schedule?: Pick<SyncSchedulerOptions, 'random' | 'setTimer' | 'clearTimer'>;
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
  /** Live lookups in flight, awaited by close(); `closing` cancels their requests. */
  private readonly lookups = new Set<Promise<boolean>>();
  private readonly closing = new AbortController();
  /** One keep-alive agent per server for every run and lookup, closed by close(). */
  private readonly agents = new DistrictAgents();
  /** The last failure when even recording it failed (the database is what failed). */
  private unrecorded: SyncError | null = null;
  /** Whether the server's last answer showed it offers no change feed (null: not known yet). */
  private serverLookupOnly: boolean | null = null;

  private readonly settingChanges: SettingChanges;
  /**
   * Newer records fetched at a scan, stored without waiting for the sync writer's lock (held and
   * retried after its next commit meanwhile); lookups read the cache through it.
   */
  readonly freshRecords: FreshRecordWriter;

  constructor(private readonly deps: SyncServiceDeps) {
    this.freshRecords = new FreshRecordWriter({ db: deps.db, store: deps.store, resyncActive: () => deps.state.read().resyncActive, now: deps.now });
    this.settingChanges =
      deps.settingChanges ?? new SettingChanges({ db: deps.db, settings: deps.settings, secrets: deps.secrets, audit: new AuditLog(deps.db, deps.now) });
    this.scheduler = new SyncScheduler({
      ...deps.schedule,
      runOnce: (signal) => this.runOnce(signal),
      // Read at each scheduling, so a changed sync interval applies without a restart.
      get intervalMs() {
        return deps.settings.get('syncIntervalSec') * 1000;
      },
      onStatus: deps.onStatus,
      readStatus: () => deps.state.status(),
      recordFailure: (error) => {
        const message = error instanceof Error ? error.message : 'Sync failed.';
        log.warn('sync failed', { kind: error instanceof SyncError ? error.kind : 'other', reason: message });
        this.unrecorded = error instanceof SyncError ? error : new SyncError('bad-response', message);
        deps.state.recordFailure(deps.now(), message);
        this.unrecorded = null;
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
    if (!this.closing.signal.aborted && this.configured) this.scheduler.start();
  }

  /** The schedule again from now (a setting changed); a run in flight ends as it would. */
  reschedule(): void {
    this.scheduler.pause();
    this.start();
  }

  /**
   * Stops for good: the run and the live lookups in flight are cancelled and awaited, so
   * nothing touches the database after this resolves.
   */
  async close(): Promise<void> {
    this.closing.abort();
    await this.scheduler.stop();
    await Promise.all(this.lookups);
    this.freshRecords.close();
    this.agents.destroy();
  }

  /** The failure of the last run when the database could not record it (the sync tab names it). */
  get unrecordedFailure(): SyncError | null {
    return this.unrecorded;
  }

  /**
   * The district server offers only a lookup by code, no change feed (many provincial systems
   * offer only the portal's TraCuuHoSo): the kiosk answers from what it looked up before and
   * looks every scanned code up live. Null until a sync has asked the server.
   */
  get lookupOnly(): boolean | null {
    return this.serverLookupOnly;
  }

  /** What stopped the last run (null when it succeeded). */
  get lastFailure(): unknown {
    return this.scheduler.lastFailure;
  }

  /** Runs a sync now; resolves with what it did, rejects with the SyncError that stopped it. */
  async syncNow(): Promise<FeedSyncReport> {
    if (!this.configured) throw this.notConfigured();
    if (this.closing.signal.aborted) throw cancelled();
    await this.scheduler.syncNow();
    if (this.scheduler.lastFailure) throw this.scheduler.lastFailure;
    return this.lastReport!;
  }

  /**
   * Asks the server for one dossier the cache does not have, and keeps the answer. Null when
   * offline, unconfigured, unknown to the server too, or invalid: the caller says "not found".
   */
  liveLookup(code: string): Promise<boolean> {
    if (this.closing.signal.aborted) return Promise.resolve(false);
    const lookup = this.lookUp(code).finally(() => this.lookups.delete(lookup));
    this.lookups.add(lookup);
    return lookup;
  }

  private async lookUp(code: string): Promise<boolean> {
    const client = this.client(this.closing.signal, LIVE_LOOKUP_TIMEOUT_MS);
    if (!client) return false;
    try {
      const item = await client.fetchDossier(code);
      if (item === null) return false;
      const { valid } = validateFeedItems([item], client.feedFormat);
      const record = valid[0];
      if (!record || record.code.toUpperCase() !== code.toUpperCase() || this.closing.signal.aborted) return false;
      // Never waits for the sync writer's page: held and shown meanwhile (freshRecords).
      return this.freshRecords.write(record) !== 'failed';
    } catch (error) {
      const failure = storageFailure(error) ?? error;
      log.warn('live lookup failed', { kind: failure instanceof SyncError ? failure.kind : 'unknown' });
      return false;
    }
  }

  /**
   * Asks the server for one dossier and stores it when it is newer than the cache: a scan's
   * freshness check (electron/dossiers/scan-freshness.ts). Never throws.
   */
  refreshDossier(code: string): Promise<LiveRefresh> {
    if (this.closing.signal.aborted) return Promise.resolve('failed');
    const refresh = this.refresh(code);
    const tracked: Promise<boolean> = refresh.then((outcome) => outcome !== 'failed').finally(() => this.lookups.delete(tracked));
    this.lookups.add(tracked);
    return refresh;
  }

  private async refresh(code: string): Promise<LiveRefresh> {
    const client = this.client(this.closing.signal, LIVE_LOOKUP_TIMEOUT_MS);
    if (!client) return 'failed';
    try {
      const item = await client.fetchDossier(code);
      if (item === null) return 'unknown';
      const { valid } = validateFeedItems([item], client.feedFormat);
      const record = valid[0];
      if (!record || record.code.toUpperCase() !== code.toUpperCase() || this.closing.signal.aborted) return 'failed';
      // Nearly every scan finds the cache as new as the server: no write at all.
      const cachedVersion = this.deps.store.versionOf(record.code);
      if (cachedVersion !== undefined && cachedVersion >= record.version) return 'unchanged';
      // While the sync writer holds the lock the record is held and shown (freshRecords.find).
      const written = this.freshRecords.write(record);
      return written === 'held' ? 'stored' : written;
    } catch (error) {
      const failure = storageFailure(error) ?? error;
      log.warn('live refresh failed', { kind: failure instanceof SyncError ? failure.kind : 'unknown' });
      return 'failed';
    }
  }

  private notConfigured(): SyncError {
    if (this.deps.secrets.isUnreadable('districtToken')) {
      return new SyncError('token-unreadable', 'The stored district token cannot be read by this kiosk (sealed by a keystore it no longer uses): re-enter the district token in technician mode.');
    }
    return new SyncError('not-configured', 'No district server is configured.');
  }

  /** The server as the settings say now: a changed address, token or protocol applies from the next request on. */
  private client(signal: AbortSignal, timeoutMs?: number): DistrictServer | null {
    const baseUrl = this.deps.settings.get('districtServerUrl');
    const token = this.deps.secrets.get('districtToken');
    if (!baseUrl || !token) return null;
    return chooseDistrictServer(this.deps.settings.get('districtProtocol'), {
      baseUrl,
      token,
      kioskId: this.deps.settings.get('kioskId') ?? 'unnamed-kiosk',
      ca: this.deps.ca ?? this.deps.settings.get('districtCaPem') ?? undefined,
      timeoutMs,
      now: this.deps.now,
      signal,
      agents: this.agents,
    });
  }

  private feedSource(client: DistrictServer): FeedPageSource {
    const format = client.feedFormat;
    const here = inProcessFeedSource(client, format);
    const script = this.deps.feedWorkerScript;
    if (!script) return here;
    return laterPagesFrom(here, () => workerFeedSource({ script, data: { client: client.connection, format }, fallback: () => here }));
  }

  /** The fallback when no writer thread runs: this thread writes, its pages read by a page reader when one starts. */
  private async syncFeedInThisThread(client: DistrictServer, signal: AbortSignal, onProgress: (progress: { pages: number; records: number }) => void): Promise<FeedOutcome> {
    const source = this.feedSource(client);
    // A worker's request in flight is not the client's: closing the source ends it.
    const closeSource = () => void source.close().catch(() => undefined);
    signal.addEventListener('abort', closeSource, { once: true });
    try {
      return await syncFeedUnlessLookupOnly({ db: this.deps.db, store: this.deps.store, state: this.deps.state, source, now: this.deps.now, onProgress });
    } finally {
      signal.removeEventListener('abort', closeSource);
      await source.close();
    }
  }

  /** One run; a database write that fails is reported as what it is (disk full, read-only, busy). */
  private async runOnce(signal: AbortSignal): Promise<void> {
    try {
      await this.runSteps(signal);
    } catch (error) {
      if (signal.aborted) throw cancelled();
      throw storageFailure(error) ?? error;
    } finally {
      this.freshRecords.retry();
    }
  }

  private async runSteps(signal: AbortSignal): Promise<void> {
    const client = this.client(signal);
    if (!client) throw this.notConfigured();
    const started = Date.now();
    const onProgress = (progress: { pages: number; records: number }) => {
      // The writer has just committed a page: its lock may be free until its next one.
      this.freshRecords.retry();
      this.deps.onStatus({ ...this.deps.state.status(), state: 'syncing' });
      for (const listener of this.progressListeners) listener(progress);
    };
    const script = this.deps.feedWorkerScript;
    const writer = script && this.deps.dbPath !== ':memory:' ? { script, data: { client: client.connection, format: client.feedFormat, dbPath: this.deps.dbPath }, onProgress, signal } : null;
    const outcome = await syncFeedOffMainThread(writer, () => this.syncFeedInThisThread(client, signal, onProgress));
    this.freshRecords.retry();
    const report: FeedSyncReport = outcome.report;
    if (outcome.lookupOnly !== this.serverLookupOnly) log.info('district server feed', { lookupOnly: outcome.lookupOnly });
    this.serverLookupOnly = outcome.lookupOnly;
    signal.throwIfAborted();
    await retryQuarantinedDossiers({ db: this.deps.db, store: this.deps.store, client, now: this.deps.now, format: client.feedFormat });
    signal.throwIfAborted();
    // A refused catalogue fails the run once the rest is done: heartbeat and ratings still go.
    const catalogueFailure = await syncCatalogue(this.deps.db, client, this.deps.state, this.deps.now()).then(
      (catalogue) => {
        if (catalogue.rejected > 0) log.warn('catalogue records rejected', { rejected: catalogue.rejected });
        return null;
      },
      (error: unknown) => {
        if (error instanceof SyncError && !signal.aborted) return error;
        throw error;
      },
    );
    this.deps.state.recordSuccess('server', this.deps.now());
    this.unrecorded = null;
    this.lastReport = report;
    log.info('sync done', { ...report, ms: Date.now() - started });
    if (signal.aborted) return;
    await this.heartbeat(client);
    if (signal.aborted) return;
    await uploadRatingsAfterSync(this.deps.db, client);
    if (catalogueFailure) throw catalogueFailure;
  }

  /** The heartbeat never fails a sync: its own errors are logged and retried next time. */
  private async heartbeat(client: DistrictServer): Promise<void> {
    try {
      this.lastHeartbeat = await sendHeartbeat(
        client,
        {
          kioskId: this.deps.settings.get('kioskId') ?? 'unnamed-kiosk',
          version: this.deps.version,
          lastSyncAt: this.deps.state.dataAsOf(),
          scanner: this.deps.scannerHealth?.() ?? { state: 'unknown' },
          disk: { freeBytes: freeDiskBytes(this.deps.dbPath) },
          quarantined: new QuarantineStore(this.deps.db).count(),
          update: (this.deps.updateStatus?.() as Record<string, unknown> | null | undefined) ?? null,
          printer: ((await this.deps.printerStatus?.()) as Record<string, unknown> | undefined) ?? null,
        },
        this.settingChanges,
        this.deps.now(),
        this.refusalsSeen,
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

const cancelled = () => new SyncError('cancelled', 'The sync was stopped: the kiosk service is stopping or restarting.');
