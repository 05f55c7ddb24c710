import { prepareZXingModule } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { DecodeReply, DecodeRequest } from './camera-decode-protocol.ts';
import { decodeFrame } from './decode-frame.ts';

// The WebAssembly comes from the kiosk's own files: zxing-wasm would otherwise fetch it from a CDN.
// It is compiled as soon as the worker starts (while the camera opens), not on the first frame.
void prepareZXingModule({
  overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
  fireImmediately: true,
}).catch(() => undefined);

interface WorkerScope {
  onmessage: ((event: MessageEvent<DecodeRequest>) => void) | null;
  postMessage(reply: DecodeReply): void;
}
const scope = self as unknown as WorkerScope;
let canvas: OffscreenCanvas | null = null;

/** The frame's pixels, drawn here so the kiosk's UI thread never reads them. */
function pixelsOf(frame: ImageBitmap): ImageData {
  if (!canvas || canvas.width !== frame.width || canvas.height !== frame.height) canvas = new OffscreenCanvas(frame.width, frame.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D context in the camera worker.');
  context.drawImage(frame, 0, 0);
  return context.getImageData(0, 0, frame.width, frame.height);
}

scope.onmessage = (event) => {
  const { id, frame } = event.data;
  let pixels: ImageData;
  try {
    pixels = pixelsOf(frame);
  } catch (error) {
    scope.postMessage({ id, failed: error instanceof Error ? error.message : String(error) });
    return;
  } finally {
    frame.close();
  }
  const started = performance.now();
  decodeFrame(pixels).then(
    (scan) => scope.postMessage({ id, scan, decodeMs: performance.now() - started }),
    (error: unknown) => scope.postMessage({ id, failed: error instanceof Error ? error.message : String(error) }),
  );
};
