import type { SyncStatus } from '../../shared/contract/index.ts';
import { log } from '../log/log.ts';
import { backoffDelayMs, jitteredIntervalMs } from './backoff.ts';
import { SyncError } from './sync-error.ts';

export interface SyncSchedulerOptions {
  /** One full sync run (feed to its end, catalogue…); throws SyncError on failure; ends soon after `signal` aborts. */
  runOnce: (signal: AbortSignal) => Promise<void>;
  intervalMs: number;
  onStatus: (status: SyncStatus) => void;
  readStatus: () => SyncStatus;
  /** Keeps the failure for the technician; may throw (the database itself may be what failed). */
  recordFailure: (error: unknown) => void;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Pulls on a jittered schedule, backs off exponentially on failure (honouring Retry-After),
 * runs at most one sync at a time, and syncs now on demand. A run never rejects: whatever it
 * throws, and whatever recording the failure throws, ends in a retry. `stop()` cancels the run
 * in flight and resolves once it has ended.
 */
export class SyncScheduler {
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private current: AbortController | null = null;
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

  /** No more scheduled runs (a run in flight goes on): for a change of settings. */
  pause(): void {
    this.stopped = true;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  /** No more runs, the one in flight cancelled; resolves when it has ended. */
  async stop(): Promise<void> {
    this.pause();
    this.current?.abort();
    await this.running;
  }

  /** Runs a sync now (or joins the one in progress) and resolves when it ends; never rejects. */
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
    const controller = new AbortController();
    this.current = controller;
    this.report(true);
    let nextMs: number;
    try {
      await this.options.runOnce(controller.signal);
      this.failures = 0;
      this.failure = null;
      nextMs = jitteredIntervalMs(this.options.intervalMs, this.random);
    } catch (error) {
      this.failure = error;
      if (controller.signal.aborted) return;
      this.failures += 1;
      try {
        this.options.recordFailure(error);
      } catch (recording) {
        log.error('sync failure could not be recorded', { kind: kindOf(error), recording: codeOf(recording) });
      }
      nextMs = backoffDelayMs(this.failures, error instanceof SyncError ? error.retryAfterSec : null, this.random);
    } finally {
      if (this.current === controller) this.current = null;
    }
    this.schedule(nextMs);
    this.report(false);
  }

  private report(syncing: boolean): void {
    try {
      const status = this.options.readStatus();
      this.options.onStatus(syncing ? { ...status, state: 'syncing' } : status);
    } catch (error) {
      log.warn('sync status could not be read', { error: codeOf(error) });
    }
  }
}

const kindOf = (error: unknown) => (error instanceof SyncError ? error.kind : codeOf(error));
const codeOf = (error: unknown) => String((error as { code?: unknown } | null)?.code ?? (error instanceof Error ? error.name : 'unknown')).slice(0, 40);
