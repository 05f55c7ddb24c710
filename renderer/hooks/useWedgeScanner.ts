import { useEffect, useRef } from 'react';
import { installWedgeListener } from '../scanner/wedge-listener.ts';
import type { WedgeScan } from '../scanner/wedge-detector.ts';

/** Keyboard-wedge scans from anywhere in the window, for as long as the component lives. */
export function useWedgeScanner(onScan: (scan: WedgeScan) => void): void {
  const handler = useRef(onScan);
  handler.current = onScan;
  useEffect(() => installWedgeListener(window, (scan) => handler.current(scan)), []);
}
