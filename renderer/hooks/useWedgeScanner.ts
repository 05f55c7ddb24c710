import { useEffect, useRef } from 'react';
import { installWedgeListener } from '../scanner/wedge-listener.ts';
import type { WedgeScan } from '../scanner/wedge-detector.ts';

/**
 * Keyboard-wedge scans from anywhere in the window, for as long as the component lives, and
 * (optionally) a person's typing, told apart from the scanner's bursts.
 */
export function useWedgeScanner(onScan: (scan: WedgeScan) => void, onPersonTyped?: () => void): void {
  const handler = useRef(onScan);
  handler.current = onScan;
  const typed = useRef(onPersonTyped);
  typed.current = onPersonTyped;
  useEffect(() => installWedgeListener(window, (scan) => handler.current(scan), {}, () => typed.current?.()), []);
}
