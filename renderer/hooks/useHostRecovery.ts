import { useEffect } from 'react';
import type { Dispatch } from 'react';
import type { KioskClient } from '../api/kiosk-client.ts';
import { watchForHostRecovery } from '../api/host-recovery.ts';
import type { KioskAction, KioskState } from '../state/kiosk-state.ts';

/**
 * The out-of-service screen recovers by itself: once the host answers again, the kiosk goes
 * back to its start screen for the next citizen. (A failed start-up is retried by useKioskBoot.)
 */
export function useHostRecovery(client: KioskClient, state: KioskState, dispatch: Dispatch<KioskAction>): void {
  const outOfService = state.boot.phase === 'ready' && state.screen.name === 'out-of-service';
  const session = state.session;
  useEffect(() => {
    if (!outOfService) return;
    return watchForHostRecovery(
      () => client.getKioskInfo({}),
      (info) => {
        dispatch({ type: 'info-refreshed', info });
        dispatch({ type: 'reset' });
      },
    );
  }, [client, dispatch, outOfService, session]);
}
