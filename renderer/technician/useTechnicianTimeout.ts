import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'keydown'] as const;

/**
 * Technician mode's own timeout (the citizen screens have hooks/useIdleTimer.ts): calls `onIdle`
 * after `ms` without a touch or a key. Technician mode must never be left open for the next
 * citizen: not at the PIN pad, and not if the host's "session closed" push is lost.
 */
export function useTechnicianTimeout(ms: number, onIdle: () => void): void {
  const idle = useRef(onIdle);
  idle.current = onIdle;
  useEffect(() => {
    let timer = window.setTimeout(() => idle.current(), ms);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => idle.current(), ms);
    };
    for (const type of ACTIVITY) window.addEventListener(type, restart, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, restart, { capture: true });
    };
  }, [ms]);
}
