import { useCallback, useRef } from 'react';
import type { KioskClient } from '../api/kiosk-client.ts';
import { KioskFailure } from '../api/kiosk-failure.ts';

/**
 * Technician calls with the session added, and one reaction to a closed session (locked
 * elsewhere, timed out): leave technician mode. Other failures reach the caller.
 */
export function useTechnicianApi(client: KioskClient, session: string, onSessionLost: () => void) {
  const lost = useRef(onSessionLost);
  lost.current = onSessionLost;
  const lastTouch = useRef(0);

  const guard = useCallback(<T,>(promise: Promise<T>): Promise<T> => {
    lastTouch.current = Date.now();
    return promise.catch((error: unknown) => {
      if (error instanceof KioskFailure && error.hostCode === 'unauthorized') lost.current();
      throw error;
    });
  }, []);

  /** Keeps the session open while the technician is busy on screen without calling the host. */
  const touch = useCallback(() => {
    if (Date.now() - lastTouch.current < 30_000) return;
    void guard(client.technicianTouch({ session })).catch(() => undefined);
  }, [client, guard, session]);

  /** For calls made without `guard` (polls that must not count as the technician's activity). */
  const sessionLost = useCallback(() => lost.current(), []);

  return { guard, touch, session, sessionLost };
}

export type TechnicianApi = ReturnType<typeof useTechnicianApi>;
