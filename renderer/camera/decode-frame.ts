import { readBarcodes } from 'zxing-wasm/reader';
import type { ReaderOptions } from 'zxing-wasm/reader';
import { pickReceiptScan } from './pick-receipt-scan.ts';

/**
 * What receipts carry: a QR code (often a lookup URL) and a Code 128 barcode. Rotations of 90°
 * and inverted codes are not tried: a receipt is held roughly upright, dark on light, and each
 * extra pass costs a whole decode per frame on the kiosk's CPU.
 */
export const CAMERA_READER_OPTIONS: ReaderOptions = {
  formats: ['QRCode', 'Code128'],
  tryHarder: true,
  tryRotate: false,
  tryInvert: false,
  tryDownscale: true,
  maxNumberOfSymbols: 4,
};

/** The text of every code read in one camera frame, each once, in the order ZXing found them. */
export async function readFrameCodes(frame: ImageData): Promise<string[]> {
  const results = await readBarcodes(frame, CAMERA_READER_OPTIONS);
  const texts = results.filter((r) => r.isValid && r.text.length > 0).map((r) => r.text);
  return [...new Set(texts)];
}

/** One frame's scan: a receipt's QR code and barcode read together are one scan, not two. */
export async function decodeFrame(frame: ImageData): Promise<string | null> {
  return pickReceiptScan(await readFrameCodes(frame));
}
