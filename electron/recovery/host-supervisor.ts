import type { CallResponse, KioskEvent } from '../../shared/contract/index.ts';
import type { KioskHost } from '../host/kiosk-host.types.ts';
import type { UpdateFeed } from '../updates/update-types.ts';
import { doublingDelay, realTimers } from './retry-delay.ts';
import type { Timers } from './retry-delay.ts';

export type HostState = 'starting' | 'running' | 'waiting' | 'stopped';

export interface HostStatus {
  state: HostState;
  /** Failed starts since the host last ran. */
  failures: number;
  /** Restarts since the supervisor started. */
  restarts: number;
  /** Why the host last failed or restarted (for the technician; no personal data). */
  lastError: string | null;
  /** When the next start is due (epoch ms), while waiting. */
  nextAttemptAt: number | null;
}

export interface HostSupervisorOptions {
  create: () => Promise<KioskHost>;
  timers?: Timers;
  now?: () => number;
  /** Wait before start attempt n after a failure (default 2 s doubling to 2 min). */
  delayMs?: (failures: number) => number;
  /** This many `internal` answers in a row restart the host (default 5). */
  internalErrorLimit?: number;
  onChange?: (status: HostStatus) => void;
  log?: (message: string, fields?: Record<string, string | number | boolean | null>) => void;
}

const restarting: CallResponse = {
  ok: false,
  error: { code: 'internal', message: 'The kiosk is restarting its services.' },
};

const describe = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);

/**
 * Keeps the kiosk host running: starts it, starts it again (with growing delays) when it
 * cannot start, when it keeps failing calls with internal errors, or when something in it
 * threw where nobody caught it. The transports hold this object, not the host: calls in the
 * gap get an `internal` answer (the UI's out-of-service screen, which recovers by itself)
 * and subscriptions carry over to the next host.
 */
export class HostSupervisor implements KioskHost {
  private host: KioskHost | null = null;
  private unsubscribeHost: (() => void) | null = null;
  private readonly listeners = new Set<(event: KioskEvent) => void>();
  private readonly timers: Timers;
  private readonly now: () => number;
  private readonly delayMs: (failures: number) => number;
  private readonly log: NonNullable<HostSupervisorOptions['log']>;
  private timer: unknown = null;
  private attempt: Promise<boolean> | null = null;
  private consecutiveInternal = 0;
  private closed = false;
  private current: HostStatus = { state: 'stopped', failures: 0, restarts: 0, lastError: null, nextAttemptAt: null };

  constructor(private readonly options: HostSupervisorOptions) {
    this.timers = options.timers ?? realTimers;
    this.now = options.now ?? Date.now;
    this.delayMs = options.delayMs ?? doublingDelay(2_000, 120_000);
    this.log = options.log ?? (() => undefined);
  }

  get status(): HostStatus {
    return { ...this.current };
  }

  get running(): boolean {
    return this.host !== null;
  }

  /** The first start; resolves to whether the host runs (when not, retries are scheduled). */
  start(): Promise<boolean> {
    return this.startNow();
  }

  /** Closes the running host and starts a new one after the usual delay. */
  restart(reason: string): void {
    if (this.closed || this.current.state !== 'running') return;
    this.log('restarting the kiosk host', { reason: reason.slice(0, 300) });
    const delay = this.delayMs(1);
    this.setState({ state: 'waiting', restarts: this.current.restarts + 1, lastError: reason.slice(0, 300), nextAttemptAt: this.now() + delay });
    const old = this.detach();
    void this.closeDetached(old).finally(() => this.scheduleStart(delay));
  }

  async call(method: string, input: unknown): Promise<CallResponse> {
    const host = this.host;
    if (host === null) return restarting;
    const response = await host.call(method, input);
    if (response.ok) this.consecutiveInternal = 0;
    else if (response.error.code === 'internal' && host === this.host) {
      this.consecutiveInternal += 1;
      if (this.consecutiveInternal >= (this.options.internalErrorLimit ?? 5)) this.restart(`${this.consecutiveInternal} internal errors in a row`);
    }
    return response;
  }

  updateFeed(): UpdateFeed | null {
    return this.host?.updateFeed?.() ?? null;
  }

  subscribe(listener: (event: KioskEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    await this.attempt?.catch(() => false);
    const old = this.detach();
    this.setState({ state: 'stopped', nextAttemptAt: null });
    await this.closeDetached(old);
    this.listeners.clear();
  }

  private setState(patch: Partial<HostStatus>): void {
    this.current = { ...this.current, ...patch };
    this.options.onChange?.(this.status);
  }

  /** Takes the host out of service: calls get "restarting" from now on; its events still come through until it has closed. */
  private detach(): { host: KioskHost; unsubscribe: (() => void) | null } | null {
    const old = this.host;
    const unsubscribe = this.unsubscribeHost;
    this.unsubscribeHost = null;
    this.host = null;
    this.consecutiveInternal = 0;
    return old && { host: old, unsubscribe };
  }

  /**
   * Closes a detached host. What it says while closing (the technician session's end, kiosk
   * mode back on) still reaches the listeners; only then are its events cut off.
   */
  private async closeDetached(old: { host: KioskHost; unsubscribe: (() => void) | null } | null): Promise<void> {
    if (old === null) return;
    try {
      await old.host.close();
    } catch (error) {
      this.log('host close failed', { error: describe(error) });
    } finally {
      old.unsubscribe?.();
    }
  }

  private scheduleStart(ms: number): void {
    if (this.closed) return;
    this.setState({ state: 'waiting', nextAttemptAt: this.now() + ms });
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.startNow();
    }, ms);
  }

  private startNow(): Promise<boolean> {
    this.attempt ??= this.tryStart().finally(() => (this.attempt = null));
    return this.attempt;
  }

  private async tryStart(): Promise<boolean> {
    if (this.closed) return false;
    this.setState({ state: 'starting', nextAttemptAt: null });
    let host: KioskHost;
    try {
      host = await this.options.create();
    } catch (error) {
      const failures = this.current.failures + 1;
      this.current = { ...this.current, failures, lastError: describe(error) };
      this.log('the kiosk host could not start', { failures, error: this.current.lastError });
      this.scheduleStart(this.delayMs(failures));
      return false;
    }
    if (this.closed) {
      await host.close().catch(() => undefined);
      return false;
    }
    this.host = host;
    this.unsubscribeHost = host.subscribe((event) => {
      for (const listener of [...this.listeners]) {
        try {
          listener(event);
        } catch (error) {
          this.log('event listener failed', { type: event.type, error: describe(error) });
        }
      }
    });
    this.setState({ state: 'running', failures: 0, nextAttemptAt: null });
    return true;
  }
}
