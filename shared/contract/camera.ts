import { z } from 'zod';

/** The sizes a technician can ask of the camera: larger reads smaller barcodes, and costs more CPU a frame. */
export const CameraResolution = z.enum(['640x480', '1280x720', '1920x1080']);
export type CameraResolution = z.infer<typeof CameraResolution>;

/** The camera scanner's settings, spread into `settingsSchema` (shared/contract/settings.ts). */
export const cameraSettingsSchema = {
  /** The camera the `camera` scanner source reads, by the browser's device id; null: the first camera. */
  scannerCameraDeviceId: z.string().min(1).max(500).nullable().default(null),
  scannerCameraResolution: CameraResolution.default('1280x720'),
} as const;

/** Which camera the renderer opens, and at what size: in KioskInfo while the scanner source is `camera`. */
export const CameraChoice = z.object({
  deviceId: z.string().max(500).nullable(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type CameraChoice = z.infer<typeof CameraChoice>;

export function cameraChoice(deviceId: string | null, resolution: CameraResolution): CameraChoice {
  const [width, height] = resolution.split('x').map(Number) as [number, number];
  return { deviceId, width, height };
}
