import type { cameraVi } from './camera.vi.ts';

/** English texts of the camera scanner; keys and `{parameters}` mirror camera.vi.ts. */
export const cameraEn = {
  'camera.holdHere': 'Hold the QR code or barcode on your receipt in front of the camera, still, inside this frame.',
  'camera.starting': 'Opening the camera…',
  'camera.citizenProblem': 'The camera is not working. Please press “Type the dossier code” to enter it.',

  'scanner.source.camera': 'Camera',
  'camera.tech.title': 'Camera',
  'camera.tech.readInWindow': 'Codes are read from the camera’s picture, in the kiosk window itself.',
  'camera.tech.intro': 'The camera’s picture is used only to read codes: it is not stored, logged or sent anywhere.',
  'camera.tech.notSource': 'The scanner source is not the camera: the camera reads citizens’ codes only when scannerSource is “camera”.',
  'camera.tech.devices': 'Cameras found',
  'camera.tech.none': 'No camera found.',
  'camera.tech.first': 'The first camera found',
  'camera.tech.unnamed': 'Camera {n}',
  'camera.tech.use': 'Use this camera',
  'camera.tech.chosen': 'Chosen',
  'camera.tech.refresh': 'Look for cameras again',
  'camera.tech.resolution': 'Resolution',
  'camera.tech.preview': 'Preview and read codes',
  'camera.tech.stopPreview': 'Turn the camera off',
  'camera.tech.running': 'Camera running: {label}, {width}×{height}',
  'camera.tech.decoded': 'Read: {text}',
  'camera.tech.nothingYet': 'No code read yet. Hold a QR code or barcode in front of the camera.',
  'camera.tech.decodeTime': 'Decoding one frame takes {ms} ms.',
  'camera.tech.saveFailed': 'Could not save the camera choice.',
  'camera.problem.no-camera': 'No camera found. Check the camera’s USB cable, then press “Look for cameras again”.',
  'camera.problem.busy': 'Another program is using the camera. Close it (a video-call program, for example) and try again.',
  'camera.problem.denied': 'The kiosk may not use the camera. Set the scanner source to “camera”; in a browser, allow the page to use the camera.',
  'camera.problem.failed': 'The camera or the code reader could not start. Restart the kiosk; if it still fails, send the diagnostics bundle to technical support.',
} as const satisfies Record<keyof typeof cameraVi, string>;
