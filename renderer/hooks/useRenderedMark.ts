import { useLayoutEffect } from 'react';
import { recordLookupRendered } from '../metrics/kiosk-metrics.ts';

/** Records when a lookup's answer reached the DOM (scan-to-screen latency). */
export function useRenderedMark(lookupId: number): void {
  useLayoutEffect(() => recordLookupRendered(lookupId), [lookupId]);
}
