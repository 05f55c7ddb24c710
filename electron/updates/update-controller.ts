import type { ActivityMonitor } from './activity-monitor.ts';
import {
  decideInstall,
  recordHealthy,
  recordInstallFailure,
  recordInstallStarted,
  recordStartFailed,
  recordStartup,
} from './update-policy.ts';
import type { StartupOutcome } from './update-policy.ts';
import type { UpdateRecord } from './update-record.ts';
import type { InstallKind, UpdateFeed, UpdateReport, UpdateState } from './update-types.ts';

/** What the controller needs from electron-updater (electron/app/updater.ts wraps it). */
export interface UpdaterPort {
  readonly kind: InstallKind;
  /**
   * Reads the feed's metadata. `accept` is asked about the published version; resolves to
   * that version and whether it was accepted, or null when the updater is inactive.
   */
  check(feed: UpdateFeed, accept: (version: string) => boolean): Promise<{ version: string; available: boolean } | null>;
  /** Downloads the accepted version (verified against the feed's sha512). */
  download(): Promise<void>;
  /** Quits the kiosk, installs silently and starts the new version. */
  install(): void;
}

export interface UpdateRecordStore {
  read(): UpdateRecord;
  write(record: UpdateRecord): void;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface UpdateControllerOptions {
  updater: UpdaterPort;
  store: UpdateRecordStore;
  currentVersion: string;
  /** The feed from the kiosk's settings, or null when updates are not configured. */
  feed: () => UpdateFeed | null;
  activity: ActivityMonitor;
  /** How long the kiosk must have been untouched before an install. */
  quietMs: () => number;
  now?: () => Date;
  timers?: Timers;
  random?: () => number;
  firstCheckMs?: number;
  checkIntervalMs?: number;
  retryMs?: number;
  installPollMs?: number;
  /** A version on trial that is not healthy this long after starting has failed. */
  healthDeadlineMs?: number;
  log?: (message: string, fields?: Record<string, string | number | boolean | null>) => void;
}

const MINUTE = 60_000;
const realTimers: Timers = {
  set: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    handle.unref?.();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * The update policy in motion: checks the district's feed now and then, downloads an
 * acceptable version in the background, installs it only once the kiosk has been untouched
 * for a while, and keeps the record that stops a bad version from being installed again.
 */
export class UpdateController {
  private readonly now: () => Date;
  private readonly timers: Timers;
  private readonly random: () => number;
  private readonly log: NonNullable<UpdateControllerOptions['log']>;
  private record: UpdateRecord;
  private state: UpdateState = 'idle';
  private published: string | null = null;
  private downloaded: string | null = null;
  private lastCheckAt: string | null = null;
  private lastError: string | null = null;
  private checkTimer: unknown = null;
  private installTimer: unknown = null;
  private deadlineTimer: unknown = null;
  private checking: Promise<void> | null = null;
  private stopped = true;

  constructor(private readonly options: UpdateControllerOptions) {
    this.now = options.now ?? (() => new Date());
    this.timers = options.timers ?? realTimers;
    this.random = options.random ?? Math.random;
    this.log = options.log ?? (() => undefined);
    this.record = options.store.read();
    if (options.updater.kind === 'unsupported') this.state = 'disabled';
  }

  /** Call once at start-up, before start(): settles what the last run left behind. */
  startup(): StartupOutcome {
    const { record, outcome } = recordStartup(this.record, this.options.currentVersion, this.now());
    this.save(record);
    if (outcome.kind !== 'normal') this.log('update start-up', { outcome: outcome.kind, version: 'version' in outcome ? outcome.version : outcome.to });
    if (this.record.trial !== null) {
      this.deadlineTimer = this.timers.set(() => {
        this.deadlineTimer = null;
        if (this.record.trial === null) return;
        this.save(recordStartFailed(this.record, this.options.currentVersion, 'not healthy in time after the update', this.now()));
        this.log('updated version did not become healthy', { version: this.options.currentVersion });
      }, this.options.healthDeadlineMs ?? 5 * MINUTE);
    }
    return outcome;
  }

  /** The kiosk works (host answering, UI loaded and stable): a trial ends here. */
  markHealthy(): void {
    if (this.deadlineTimer !== null) this.timers.clear(this.deadlineTimer);
    this.deadlineTimer = null;
    this.save(recordHealthy(this.record, this.options.currentVersion));
  }

  start(): void {
    if (this.options.updater.kind === 'unsupported') return;
    this.stopped = false;
    this.scheduleCheck(this.options.firstCheckMs ?? 2 * MINUTE);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of [this.checkTimer, this.installTimer, this.deadlineTimer]) if (timer !== null) this.timers.clear(timer);
    this.checkTimer = this.installTimer = this.deadlineTimer = null;
  }

  /** One check (joining one in progress); a download follows when there is something to install. */
  checkNow(): Promise<void> {
    this.checking ??= this.check().finally(() => (this.checking = null));
    return this.checking;
  }

  report(): UpdateReport {
    return {
      current: this.options.currentVersion,
      installKind: this.options.updater.kind,
      state: this.state,
      published: this.published,
      lastCheckAt: this.lastCheckAt,
      lastError: this.lastError,
      bad: this.record.bad.map((b) => ({ ...b })),
      trial: this.record.trial ? { version: this.record.trial.version, starts: this.record.trial.starts } : null,
    };
  }

  private save(record: UpdateRecord): void {
    this.record = record;
    try {
      this.options.store.write(record);
    } catch (error) {
      this.log('update record not saved', { error: error instanceof Error ? error.message : 'unknown' });
    }
  }

  private scheduleCheck(ms: number): void {
    if (this.stopped) return;
    if (this.checkTimer !== null) this.timers.clear(this.checkTimer);
    this.checkTimer = this.timers.set(() => {
      this.checkTimer = null;
      void this.checkNow();
    }, ms);
  }

  private nextRegularCheckMs(): number {
    const interval = this.options.checkIntervalMs ?? 6 * 60 * MINUTE;
    return Math.round(interval * (0.9 + 0.2 * this.random()));
  }

  private async check(): Promise<void> {
    if (this.state === 'waiting-for-idle' || this.state === 'installing' || this.options.updater.kind === 'unsupported') return;
    const feed = this.options.feed();
    if (feed === null) {
      this.state = 'disabled';
      this.scheduleCheck(this.nextRegularCheckMs());
      return;
    }
    this.state = 'checking';
    const current = this.options.currentVersion;
    try {
      const found = await this.options.updater.check(feed, (version) => decideInstall(this.record, current, version).install);
      this.lastCheckAt = this.now().toISOString();
      this.lastError = null;
      this.published = found?.version ?? null;
      this.save({ ...this.record, lastCheck: { at: this.lastCheckAt, published: this.published, error: null } });
      if (found === null || !found.available) {
        this.state = 'idle';
        this.scheduleCheck(this.nextRegularCheckMs());
        return;
      }
      if (this.options.updater.kind === 'deb') {
        this.state = 'available';
        this.scheduleCheck(this.nextRegularCheckMs());
        return;
      }
      this.state = 'downloading';
      await this.options.updater.download();
      this.downloaded = found.version;
      this.state = 'waiting-for-idle';
      this.log('update downloaded', { version: found.version });
      this.pollForIdle();
    } catch (error) {
      this.state = 'error';
      this.lastError = (error instanceof Error ? error.message : String(error)).slice(0, 300);
      this.lastCheckAt ??= this.now().toISOString();
      this.save({ ...this.record, lastCheck: { at: this.now().toISOString(), published: this.published, error: this.lastError } });
      this.log('update check failed', { error: this.lastError });
      this.scheduleCheck(this.options.retryMs ?? 30 * MINUTE);
    }
  }

  private pollForIdle(): void {
    if (this.stopped) return;
    this.installTimer = this.timers.set(() => {
      this.installTimer = null;
      if (this.options.activity.quietMs() >= this.options.quietMs()) this.install();
      else this.pollForIdle();
    }, this.options.installPollMs ?? 30_000);
  }

  private install(): void {
    const to = this.downloaded;
    if (to === null) return;
    const from = this.options.currentVersion;
    this.save(recordInstallStarted(this.record, from, to, this.now()));
    this.state = 'installing';
    this.log('installing update', { from, to });
    try {
      this.options.updater.install();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.save(recordInstallFailure(this.record, to, detail, this.now()).record);
      this.state = 'error';
      this.lastError = detail.slice(0, 300);
      this.downloaded = null;
      this.scheduleCheck(this.options.retryMs ?? 30 * MINUTE);
    }
  }
}
