/**
 * When a kiosk left alone goes back to the start. Pure: the hook feeds it the clock.
 * The last part of the timeout is a visible countdown with a "keep using" button.
 */
export type IdlePhase =
  | { kind: 'active' }
  | { kind: 'warning'; secondsLeft: number }
  | { kind: 'expired' };

/** The countdown is the last 10 s, or the last half of a short timeout. */
export function countdownSeconds(timeoutSec: number): number {
  return Math.max(1, Math.min(10, Math.ceil(timeoutSec / 2)));
}

export function idlePhase(now: number, lastActivityAt: number, timeoutSec: number): IdlePhase {
  const remainingMs = timeoutSec * 1000 - (now - lastActivityAt);
  if (remainingMs <= 0) return { kind: 'expired' };
  if (remainingMs <= countdownSeconds(timeoutSec) * 1000) {
    return { kind: 'warning', secondsLeft: Math.ceil(remainingMs / 1000) };
  }
  return { kind: 'active' };
}
