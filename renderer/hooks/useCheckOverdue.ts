import { useEffect } from 'react';
import type { Dispatch } from 'react';
import { CHECK_OVERDUE_MS, checkIdOf } from '../state/answer-freshness.ts';
import type { KioskAction, KioskState } from '../state/kiosk-state.ts';

/**
 * A check with the server whose outcome never arrives (the event stream reconnecting) must not
 * leave "looking up…" up, nor the answer waiting: after CHECK_OVERDUE_MS it counts as unconfirmed.
 */
export function useCheckOverdue(state: KioskState, dispatch: Dispatch<KioskAction>): void {
  const { screen } = state;
  const checkId = state.awaitedCheck?.checkId ?? (screen.name === 'result' || screen.name === 'not-found' ? checkIdOf(screen.freshness) : null);
  useEffect(() => {
    if (checkId === null) return;
    const timer = window.setTimeout(() => dispatch({ type: 'freshness-overdue', checkId }), CHECK_OVERDUE_MS);
    return () => window.clearTimeout(timer);
  }, [checkId, dispatch]);
}
