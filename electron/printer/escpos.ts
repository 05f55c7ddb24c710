import type { MonoBitmap } from './mono-bitmap.ts';

/** ESC/POS commands the kiosk sends (Epson's reference; understood by the common thermal printers). */
export const ESC_INIT = Uint8Array.of(0x1b, 0x40);
/** Feed n lines (ESC d n). */
export const feedLines = (lines: number): Uint8Array => Uint8Array.of(0x1b, 0x64, Math.max(0, Math.min(255, lines)));
/** Feed to the cutter then partial cut (GS V 66 0). */
export const CUT = Uint8Array.of(0x1d, 0x56, 0x42, 0x00);

/** Rows per GS v 0 command: small bands keep every printer's receive buffer happy. */
const BAND_ROWS = 128;

/** The bitmap as raster bit images (GS v 0, normal density), one command per band of rows. */
export function rasterCommands(bitmap: MonoBitmap): Uint8Array[] {
  const bytesPerRow = bitmap.width / 8;
  const bands: Uint8Array[] = [];
  for (let top = 0; top < bitmap.height; top += BAND_ROWS) {
    const rows = Math.min(BAND_ROWS, bitmap.height - top);
    const command = new Uint8Array(8 + bytesPerRow * rows);
    command.set([0x1d, 0x76, 0x30, 0x00, bytesPerRow & 0xff, bytesPerRow >> 8, rows & 0xff, rows >> 8]);
    command.set(bitmap.bits.subarray(top * bytesPerRow, (top + rows) * bytesPerRow), 8);
    bands.push(command);
  }
  return bands;
}

/** The whole job: initialise, the image, feed, and cut when the printer has a cutter. */
export function slipJob(bitmap: MonoBitmap, options: { cut: boolean }): Uint8Array[] {
  return [ESC_INIT, ...rasterCommands(bitmap), feedLines(options.cut ? 3 : 5), ...(options.cut ? [CUT] : [])];
}
