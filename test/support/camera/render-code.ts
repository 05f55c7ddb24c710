import bwipjs from 'bwip-js/node';
import { blankImage } from './gray-image.ts';
import type { GrayImage } from './gray-image.ts';

export type CodeKind = 'qrcode' | 'code128';

const QUIET_MODULES = { qrcode: 4, code128: 10 } as const;
const BAR_HEIGHT_MODULES = 40;

/**
 * A QR code or Code 128 barcode as a receipt printer lays it out, encoded by bwip-js (the
 * barcode writer PostScript, not ZXing's own writer, so reading it proves something), one pixel
 * a module, with its quiet zone; the scene scales it.
 */
export function renderCode(kind: CodeKind, text: string): GrayImage {
  const [symbol] = bwipjs.raw(kind, text, {});
  if (!symbol) throw new Error(`bwip-js encoded nothing for ${kind}.`);
  const quiet = QUIET_MODULES[kind];
  if ('pixs' in symbol) {
    const image = blankImage(symbol.pixx + quiet * 2, symbol.pixy + quiet * 2, 255);
    symbol.pixs.forEach((dark, i) => {
      if (dark) image.data[(quiet + Math.floor(i / symbol.pixx)) * image.width + quiet + (i % symbol.pixx)] = 0;
    });
    return image;
  }
  // Bar and space widths alternate, starting with a bar.
  const modules = symbol.sbs.reduce((sum, w) => sum + w, 0);
  const image = blankImage(modules + quiet * 2, BAR_HEIGHT_MODULES + 4, 255);
  let x = quiet;
  symbol.sbs.forEach((w, i) => {
    if (i % 2 === 0) for (let y = 2; y < 2 + BAR_HEIGHT_MODULES; y++) image.data.fill(0, y * image.width + x, y * image.width + x + w);
    x += w;
  });
  return image;
}
