import { useCallback, useEffect, useRef, useState } from 'react';
import { toKioskFailure } from '../api/kiosk-failure.ts';
import type { KioskFailure } from '../api/kiosk-failure.ts';

export interface CatalogueCall<T> {
  /** The newest answer (kept while the next one loads, so a page turn does not blank the list). */
  data: T | null;
  /** Whether `data` answers the current request. */
  current: boolean;
  failure: KioskFailure | null;
  retry: () => void;
}

/**
 * One call to the host for a screen, made again when `key` changes. An answer to an earlier
 * key, or one arriving after the screen went away, is dropped.
 */
export function useCatalogueCall<T>(call: () => Promise<T>, key: string): CatalogueCall<T> {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; data: T } | null>(null);
  const [failed, setFailed] = useState<{ key: string; failure: KioskFailure } | null>(null);
  const callRef = useRef(call);
  callRef.current = call;

  useEffect(() => {
    let live = true;
    setFailed(null);
    callRef.current().then(
      (data) => {
        if (live) setAnswer({ key, data });
      },
      (error: unknown) => {
        if (live) setFailed({ key, failure: toKioskFailure(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return {
    data: answer?.data ?? null,
    current: answer?.key === key,
    failure: failed?.key === key ? failed.failure : null,
    retry,
  };
}

/** True once `active` has lasted `delayMs`: a spinner only for answers slow enough to notice. */
export function useDelayedFlag(active: boolean, delayMs = 300): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = window.setTimeout(() => setShown(true), delayMs);
    return () => window.clearTimeout(timer);
  }, [active, delayMs]);
  return shown;
}
