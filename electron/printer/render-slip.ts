import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { ditherToMono, type MonoBitmap } from './mono-bitmap.ts';
import { slipFontBuffers } from './slip-fonts.ts';
import type { PaperDots, SlipBlock } from './slip-layout.ts';
import { slipSvg } from './slip-svg.ts';

/** The slip as the 1-bit image the printer prints, laid out with the bundled Noto Sans (every Vietnamese diacritic). */
export function renderSlip(blocks: SlipBlock[], width: PaperDots): MonoBitmap {
  // fontBuffers is read by resvg-js 2.6 but missing from its type declarations.
  const options: ResvgRenderOptions & { font: { fontBuffers: Buffer[] } } = {
    font: { loadSystemFonts: false, fontBuffers: slipFontBuffers(), defaultFontFamily: 'Noto Sans' },
    shapeRendering: 1,
    textRendering: 1,
  };
  const resvg = new Resvg(slipSvg(blocks, width), options);
  const image = resvg.render();
  return ditherToMono(new Uint8Array(image.pixels), image.width, image.height);
}
