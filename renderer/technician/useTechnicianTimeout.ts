import { useEffect, useRef } from 'react';
import { startTechnicianTimeout } from './technician-timeout.ts';

/**
 * Technician mode's own timeout (the citizen screens have hooks/useIdleTimer.ts): calls `onIdle`
 * after `ms` without a touch or a person's key. Technician mode must never be left open for the
 * next citizen: not at the PIN pad, not with a receipt left under the scanner, and not if the
 * host's "session closed" push is lost.
 */
export function useTechnicianTimeout(ms: number, onIdle: () => void): void {
  const idle = useRef(onIdle);
  idle.current = onIdle;
  useEffect(() => startTechnicianTimeout(window, ms, () => idle.current()), [ms]);
}
