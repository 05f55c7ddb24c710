import { useEffect, useRef, useState } from 'react';
import type { CameraChoice } from '../../shared/contract/camera.ts';
import { CameraScanner } from './camera-scanner.ts';
import type { CameraState } from './camera-scanner.ts';

export interface CameraView {
  state: CameraState;
  stream: MediaStream | null;
}

export const CAMERA_OFF: CameraView = { state: { kind: 'off' }, stream: null };

/**
 * The camera as a scanner while `active` and a camera is chosen; released otherwise (technician
 * mode open, another source). The frame rate changes without reopening the camera.
 */
export function useCameraScanner(
  choice: CameraChoice | null,
  active: boolean,
  framesPerSecond: number,
  onScan: (raw: string, at: number) => void,
  onFrame?: (decodeMs: number, scan: string | null) => void,
): CameraView {
  const [view, setView] = useState<CameraView>(CAMERA_OFF);
  const handlers = useRef({ onScan, onFrame });
  handlers.current = { onScan, onFrame };
  const scanner = useRef<CameraScanner | null>(null);
  const rate = useRef(framesPerSecond);
  rate.current = framesPerSecond;
  const key = active && choice ? `${choice.deviceId ?? ''}|${choice.width}x${choice.height}` : null;

  useEffect(() => {
    if (key === null || !choice) return undefined;
    const camera = new CameraScanner(
      {
        onScan: (raw, at) => handlers.current.onScan(raw, at),
        onFrame: (ms, scan) => handlers.current.onFrame?.(ms, scan),
        onState: (state) => setView({ state, stream: state.kind === 'running' ? camera.mediaStream : null }),
      },
      rate.current,
    );
    scanner.current = camera;
    void camera.start(choice);
    return () => {
      camera.stop();
      scanner.current = null;
      setView(CAMERA_OFF);
    };
    // The key says everything of `choice` that matters: a refreshed KioskInfo with the same camera keeps it open.
  }, [key]);

  useEffect(() => scanner.current?.setFrameRate(framesPerSecond), [framesPerSecond]);
  return view;
}
