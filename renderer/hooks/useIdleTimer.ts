import { useCallback, useEffect, useRef, useState } from 'react';
import { idlePhase } from '../state/idle.ts';

// Not keydown: a scanner left reading a receipt types too. Keys count through `markActivity`:
// a person's typing, or a scan that starts a new lookup (App.tsx).
const ACTIVITY_EVENTS = ['pointerdown', 'touchstart', 'wheel'] as const;
const TICK_MS = 250;

interface IdleTimerOptions {
  enabled: boolean;
  timeoutSec: number;
  onExpire: () => void;
}

/**
 * Counts time without touch, key or scan. Returns the seconds left while the countdown shows
 * (null otherwise), `markActivity` for scans from the host, and `keepUsing` for the button.
 */
export function useIdleTimer({ enabled, timeoutSec, onExpire }: IdleTimerOptions) {
  const lastActivity = useRef(performance.now());
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  const markActivity = useCallback(() => {
    lastActivity.current = performance.now();
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    const onActivity = () => {
      lastActivity.current = performance.now();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (!enabled) {
      setSecondsLeft(null);
      return;
    }
    lastActivity.current = performance.now();
    const tick = () => {
      const phase = idlePhase(performance.now(), lastActivity.current, timeoutSec);
      if (phase.kind === 'expired') {
        lastActivity.current = performance.now();
        setSecondsLeft(null);
        expire.current();
      } else {
        setSecondsLeft(phase.kind === 'warning' ? phase.secondsLeft : null);
      }
    };
    const id = window.setInterval(tick, TICK_MS);
    return () => window.clearInterval(id);
  }, [enabled, timeoutSec]);

  return { secondsLeft, markActivity, keepUsing: markActivity };
}
