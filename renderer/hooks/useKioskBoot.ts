import { useEffect } from 'react';
import type { Dispatch } from 'react';
import type { KioskClient } from '../api/kiosk-client.ts';
import { toKioskFailure } from '../api/kiosk-failure.ts';
import type { KioskAction } from '../state/kiosk-state.ts';

const RETRY_MS = 5_000;
const REFRESH_MS = 60_000;

/**
 * Asks the host who it is at start-up (retrying while it cannot be reached), then refreshes
 * now and then so a missed sync push cannot leave an old "updated at" on screen.
 * `attempt` changes when the citizen presses "Try again".
 */
export function useKioskBoot(client: KioskClient, dispatch: Dispatch<KioskAction>, ready: boolean, attempt: number): void {
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const info = await client.getKioskInfo({});
        if (cancelled) return;
        dispatch({ type: ready ? 'info-refreshed' : 'booted', info });
        timer = setTimeout(load, REFRESH_MS);
      } catch (error) {
        if (cancelled) return;
        if (!ready) dispatch({ type: 'boot-failed', failure: toKioskFailure(error) });
        timer = setTimeout(load, ready ? REFRESH_MS : RETRY_MS);
      }
    };
    if (ready) timer = setTimeout(load, REFRESH_MS);
    else void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, dispatch, ready, attempt]);
}
