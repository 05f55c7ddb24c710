/**
 * When someone last used the kiosk. The Electron shell feeds it every input event that
 * reaches the kiosk window (touch, mouse, keys, which includes keyboard-wedge scans) and
 * every scan from a host-side scanner; nothing else counts, so a screen that refreshes
 * itself never looks like a citizen. Quiet for longer than the idle timeout means the UI
 * has gone back to its start screen and nobody is in the middle of anything.
 */
export class ActivityMonitor {
  private last: number;

  constructor(private readonly now: () => number = Date.now) {
    // Start-up counts as activity: nothing installs in the first quiet period.
    this.last = now();
  }

  touch(): void {
    this.last = this.now();
  }

  /** Milliseconds since the last input or scan. */
  quietMs(): number {
    return Math.max(0, this.now() - this.last);
  }
}

/** Quiet needed before an install: the UI's idle timeout plus a margin, at least five minutes. */
export function installQuietMs(idleTimeoutSec: number): number {
  return Math.max(5 * 60_000, (idleTimeoutSec + 60) * 1000);
}
