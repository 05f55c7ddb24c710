import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';
import { log } from '../log/log.ts';
import { doublingDelay, realTimers } from '../recovery/retry-delay.ts';
import type { Timers } from '../recovery/retry-delay.ts';
import { outOfServicePageUrl } from './crash-recovery-page.ts';

export interface RendererRecoveryOptions {
  /** Loads the kiosk page (kiosk://app/index.html). */
  loadKiosk: () => void;
  /** Loads a page by URL (the out-of-service page). */
  loadPage: (url: string) => void;
  version: string;
  timers?: Timers;
  now?: () => number;
  /** Failures counted over this window (default 10 minutes). */
  windowMs?: number;
  /** More failures than this in the window give the out-of-service page (default 3). */
  limit?: number;
  /** Before the n-th reload in a row (default 1 s doubling to 30 s). */
  reloadDelayMs?: (attempt: number) => number;
  /** How long the out-of-service page stays before the next try (default 30 s doubling to 5 min). */
  outOfServiceMs?: (attempt: number) => number;
  /** A page running this long after a reload ends the series of attempts (default 60 s). */
  stableMs?: number;
}

/**
 * What the main process does when the kiosk page fails (renderer crashed, killed, out of
 * memory, hung, failed to load): reload it after a short, growing delay; when it keeps
 * failing, show the out-of-service page, which says what happened, and try again later,
 * for ever. Plain logic over a load function, timers and a clock.
 */
export class RendererRecovery {
  private readonly timers: Timers;
  private readonly now: () => number;
  private readonly windowMs: number;
  private readonly limit: number;
  private readonly reloadDelayMs: (attempt: number) => number;
  private readonly outOfServiceMs: (attempt: number) => number;
  private failures: number[] = [];
  private attempt = 0;
  private outOfServiceShown = 0;
  private timer: unknown = null;
  private stableTimer: unknown = null;
  private lastWhat: string | null = null;

  constructor(private readonly options: RendererRecoveryOptions) {
    this.timers = options.timers ?? realTimers;
    this.now = options.now ?? Date.now;
    this.windowMs = options.windowMs ?? 10 * 60_000;
    this.limit = options.limit ?? 3;
    this.reloadDelayMs = options.reloadDelayMs ?? doublingDelay(1_000, 30_000);
    this.outOfServiceMs = options.outOfServiceMs ?? doublingDelay(30_000, 5 * 60_000);
  }

  /** Failures in the window, and the last one (for the technician's view and the tests). */
  get recent(): { count: number; what: string | null } {
    this.prune();
    return { count: this.failures.length, what: this.lastWhat };
  }

  /** The kiosk page failed; `what` says how, for the log and the technician. */
  failed(what: string): void {
    this.cancel(this.stableTimer);
    this.stableTimer = null;
    this.failures.push(this.now());
    this.prune();
    this.lastWhat = what;
    this.attempt += 1;
    log.error('kiosk page failed', { what, recent: this.failures.length, attempt: this.attempt });
    if (this.timer !== null) return; // a retry is already on its way
    if (this.failures.length > this.limit) {
      this.outOfServiceShown += 1;
      const waitMs = this.outOfServiceMs(this.outOfServiceShown);
      this.options.loadPage(
        outOfServicePageUrl({
          what,
          times: this.failures.length,
          windowMinutes: Math.round(this.windowMs / 60_000),
          retryAt: new Date(this.now() + waitMs),
          version: this.options.version,
        }),
      );
      this.schedule(waitMs);
    } else {
      this.schedule(this.reloadDelayMs(this.attempt));
    }
  }

  /** The kiosk page loaded; after a quiet while the series of attempts starts over. */
  loaded(): void {
    this.cancel(this.stableTimer);
    this.stableTimer = this.timers.set(() => {
      this.stableTimer = null;
      this.attempt = 0;
      this.outOfServiceShown = 0;
    }, this.options.stableMs ?? 60_000);
  }

  /** Shows the out-of-service page now for a reason outside the renderer (the host). */
  outOfService(what: string, retryAt: Date): void {
    this.lastWhat = what;
    this.options.loadPage(outOfServicePageUrl({ what, times: 1, windowMinutes: Math.round(this.windowMs / 60_000), retryAt, version: this.options.version }));
  }

  dispose(): void {
    this.cancel(this.timer);
    this.cancel(this.stableTimer);
    this.timer = this.stableTimer = null;
  }

  private schedule(ms: number): void {
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.options.loadKiosk();
    }, ms);
  }

  private cancel(handle: unknown): void {
    if (handle !== null) this.timers.clear(handle);
  }

  private prune(): void {
    const since = this.now() - this.windowMs;
    this.failures = this.failures.filter((at) => at > since);
  }
}

/** Chromium's "aborted" load error: a newer navigation replaced this one, nothing failed. */
const ERR_ABORTED = -3;

export interface WatchRendererOptions {
  /** A hung page is killed (and so reloaded) after this long (default 15 s). */
  unresponsiveMs?: number;
  timers?: Timers;
}

/**
 * Wires a kiosk window to a RendererRecovery: renderer gone (anything but a clean exit),
 * main-frame load failures of the kiosk page, and a page hung for too long, which is killed
 * so that it comes back through the same path.
 */
export function watchRenderer(window: BrowserWindow, recovery: RendererRecovery, options: WatchRendererOptions = {}): void {
  const timers = options.timers ?? realTimers;
  const contents = window.webContents;
  let hung: unknown = null;
  let killedAsHung = false;
  const clearHung = () => {
    if (hung !== null) timers.clear(hung);
    hung = null;
  };

  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    clearHung();
    if (details.reason === 'clean-exit') return;
    const what = killedAsHung ? 'the screen stopped responding' : `the screen's process ended (${details.reason}, exit ${details.exitCode})`;
    killedAsHung = false;
    recovery.failed(what);
  });
  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED || !validatedURL.startsWith('kiosk:')) return;
    recovery.failed(`the screen did not load (${errorDescription || errorCode})`);
  });
  contents.on('did-finish-load', () => {
    if (contents.getURL().startsWith('kiosk:')) recovery.loaded();
  });
  window.on('unresponsive', () => {
    if (hung !== null) return;
    hung = timers.set(() => {
      hung = null;
      if (window.isDestroyed()) return;
      killedAsHung = true;
      contents.forcefullyCrashRenderer();
    }, options.unresponsiveMs ?? 15_000);
  });
  window.on('responsive', clearHung);
  window.on('closed', () => {
    clearHung();
    recovery.dispose();
  });
}
