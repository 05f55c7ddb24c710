import type { SyncStatus } from '../../shared/contract/index.ts';
import { backoffDelayMs, jitteredIntervalMs } from './backoff.ts';
import { SyncError } from './sync-error.ts';

export interface SyncSchedulerOptions {
  /** One full sync run (feed to its end, catalogue…); throws SyncError on failure. */
  runOnce: () => Promise<void>;
  intervalMs: number;
  onStatus: (status: SyncStatus) => void;
  readStatus: () => SyncStatus;
  recordFailure: (message: string) => void;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Pulls on a jittered schedule, backs off exponentially on failure (honouring Retry-After),
 * runs at most one sync at a time, and syncs now on demand.
 */
export class SyncScheduler {
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private failures = 0;
  private failure: unknown = null;
  private stopped = false;
  private readonly random: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: SyncSchedulerOptions) {
    this.random = options.random ?? Math.random;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms).unref());
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout));
  }

  /** First sync after a short jittered delay, then on the schedule. */
  start(firstDelayMs = 1_000): void {
    this.stopped = false;
    this.schedule(firstDelayMs + Math.round(this.random() * firstDelayMs));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  /** Runs a sync now (or joins the one in progress) and resolves when it ends. */
  syncNow(): Promise<void> {
    if (!this.running) this.running = this.run().finally(() => (this.running = null));
    return this.running;
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  /** What stopped the last run, or null when it succeeded. */
  get lastFailure(): unknown {
    return this.failure;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.syncNow();
    }, ms);
  }

  private async run(): Promise<void> {
    this.options.onStatus({ ...this.options.readStatus(), state: 'syncing' });
    try {
      await this.options.runOnce();
      this.failures = 0;
      this.failure = null;
      this.schedule(jitteredIntervalMs(this.options.intervalMs, this.random));
    } catch (error) {
      this.failures += 1;
      this.failure = error;
      const message = error instanceof Error ? error.message : 'Sync failed.';
      this.options.recordFailure(message);
      const retryAfter = error instanceof SyncError ? error.retryAfterSec : null;
      this.schedule(backoffDelayMs(this.failures, retryAfter, this.random));
    } finally {
      this.options.onStatus(this.options.readStatus());
    }
  }
}
