/** A 1-bit image as ESC/POS raster wants it: rows of width/8 bytes, most significant bit leftmost, 1 = black. */
export interface MonoBitmap {
  width: number;
  height: number;
  bits: Uint8Array;
}

/**
 * Floyd–Steinberg dithering of RGBA pixels (alpha composited on white paper) to a 1-bit image.
 * Thermal paper has no grey: error diffusion keeps the QR's and the glyphs' edges true.
 */
export function ditherToMono(rgba: Uint8Array, width: number, height: number): MonoBitmap {
  if (width % 8 !== 0) throw new Error(`raster width ${width} is not a multiple of 8`);
  const grey = new Float32Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const alpha = rgba[i * 4 + 3]! / 255;
    const luminance = 0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!;
    grey[i] = luminance * alpha + 255 * (1 - alpha);
  }
  const bytesPerRow = width / 8;
  const bits = new Uint8Array(bytesPerRow * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const old = grey[i]!;
      const black = old < 128;
      if (black) bits[y * bytesPerRow + (x >> 3)]! |= 0x80 >> (x & 7);
      const error = old - (black ? 0 : 255);
      if (x + 1 < width) grey[i + 1]! += (error * 7) / 16;
      if (y + 1 < height) {
        if (x > 0) grey[i + width - 1]! += (error * 3) / 16;
        grey[i + width]! += (error * 5) / 16;
        if (x + 1 < width) grey[i + width + 1]! += error / 16;
      }
    }
  }
  return { width, height, bits };
}
