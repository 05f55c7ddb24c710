import type { CameraChoice } from '../../shared/contract/camera.ts';
import { useCameraScanner } from './useCameraScanner.ts';
import type { CameraView } from './useCameraScanner.ts';

/** Frames decoded a second while a citizen may be scanning: a code is read within about 1/8 s of coming into view. */
export const ACTIVE_FRAMES_PER_SECOND = 8;
/** On the attract screen nobody is in front of the kiosk yet: fewer frames keep an idle kiosk's CPU low. */
export const ATTRACT_FRAMES_PER_SECOND = 3;

/**
 * The citizen's camera scanner: on while the kiosk is ready and technician mode is closed (the
 * technician's page opens the camera itself), with the lower frame rate on the attract screen.
 */
export function useCitizenCamera(choice: CameraChoice | null, screen: string | null, onScan: (raw: string, at: number) => void): CameraView {
  const active = screen !== null && screen !== 'technician';
  return useCameraScanner(choice, active, screen === 'attract' ? ATTRACT_FRAMES_PER_SECOND : ACTIVE_FRAMES_PER_SECOND, onScan);
}
