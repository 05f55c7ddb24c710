import type { KioskInfo } from '../../shared/contract/index.ts';

export interface HostRecoveryTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: HostRecoveryTimers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Waits before each try: the citizen reads the message first, then ever less often. */
export const RECOVERY_DELAYS_MS = [3_000, 3_000, 6_000, 10_000] as const;

const delayFor = (attempt: number): number => RECOVERY_DELAYS_MS[Math.min(attempt, RECOVERY_DELAYS_MS.length - 1)]!;

/**
 * While the out-of-service screen is up, asks the host who it is (getKioskInfo), again and
 * again with growing pauses, until it answers; then `onRecovered` takes the kiosk back to its
 * start screen, without anyone touching it. Returns a function that stops asking.
 */
export function watchForHostRecovery(
  getKioskInfo: () => Promise<KioskInfo>,
  onRecovered: (info: KioskInfo) => void,
  timers: HostRecoveryTimers = browserTimers,
): () => void {
  let stopped = false;
  let timer: unknown = null;
  let attempt = 0;
  const schedule = () => {
    timer = timers.set(() => {
      timer = null;
      void tryOnce();
    }, delayFor(attempt));
    attempt += 1;
  };
  const tryOnce = async () => {
    let info: KioskInfo;
    try {
      info = await getKioskInfo();
    } catch {
      if (!stopped) schedule();
      return;
    }
    if (!stopped) onRecovered(info);
  };
  schedule();
  return () => {
    stopped = true;
    if (timer !== null) timers.clear(timer);
  };
}
