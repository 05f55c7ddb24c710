import type { Dispatch } from 'react';
import { useIdleTimer } from '../hooks/useIdleTimer.ts';
import type { KioskAction, KioskState } from '../state/kiosk-state.ts';
import { isAtRest } from './at-rest.ts';

/** Home left untouched for the idle timeout turns into the attract screen (nothing to clear: no countdown). */
export function useAttractTimer(state: KioskState, dispatch: Dispatch<KioskAction>): void {
  useIdleTimer({
    enabled: state.screen.name === 'home' && isAtRest(state),
    timeoutSec: state.boot.phase === 'ready' ? state.boot.info.idleTimeoutSec : 90,
    onExpire: () => dispatch({ type: 'show-attract' }),
  });
}
