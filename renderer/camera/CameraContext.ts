import { createContext, useContext } from 'react';
import { CAMERA_OFF } from './useCameraScanner.ts';
import type { CameraView } from './useCameraScanner.ts';

/** The citizen's camera scanner, for the screens that show its preview. */
export const CameraContext = createContext<CameraView>(CAMERA_OFF);

export const useCameraView = (): CameraView => useContext(CameraContext);
