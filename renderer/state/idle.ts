import { IDLE_WARNING_SEC } from '../../shared/contract/index.ts';

/**
 * When a kiosk left alone goes back to the start. Pure: the hook feeds it the clock.
 * The last part of the timeout is a visible countdown with a "more time" button.
 */
export type IdlePhase =
  | { kind: 'active' }
  | { kind: 'warning'; secondsLeft: number }
  | { kind: 'expired' };

/**
 * The countdown is the last 30 s: at least 20 s to ask for more time (WCAG 2.2.1). The
 * settings' shortest timeout (IDLE_TIMEOUT_MIN_SEC) is longer, so a quiet time always comes first;
 * a shorter one given anyway gets a countdown of its last two thirds.
 */
export function countdownSeconds(timeoutSec: number): number {
  return Math.max(1, Math.min(IDLE_WARNING_SEC, Math.ceil((timeoutSec * 2) / 3)));
}

export function idlePhase(now: number, lastActivityAt: number, timeoutSec: number): IdlePhase {
  const remainingMs = timeoutSec * 1000 - (now - lastActivityAt);
  if (remainingMs <= 0) return { kind: 'expired' };
  if (remainingMs <= countdownSeconds(timeoutSec) * 1000) {
    return { kind: 'warning', secondsLeft: Math.ceil(remainingMs / 1000) };
  }
  return { kind: 'active' };
}
