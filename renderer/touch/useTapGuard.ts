import { useEffect, useLayoutEffect, useRef } from 'react';
import { installTapGuard } from './tap-guard-listener.ts';
import type { TapGuard } from './tap-guard.ts';

/** The window's tap guard for as long as the app lives; `screenKey` changes when the screen does. */
export function useTapGuard(screenKey: string): void {
  const guard = useRef<TapGuard | null>(null);
  useEffect(() => {
    const installed = installTapGuard(window);
    guard.current = installed.guard;
    return () => {
      installed.dispose();
      guard.current = null;
    };
  }, []);
  // Layout effect: the quiet moment starts when the new screen is in the DOM, before the next tap can land on it.
  useLayoutEffect(() => {
    guard.current?.screenChanged(performance.now());
  }, [screenKey]);
}
