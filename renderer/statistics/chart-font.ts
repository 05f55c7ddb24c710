/** The smallest text a citizen is asked to read, in CSS pixels: the --text-caption token of renderer/styles/base.css. */
export const MIN_CAPTION_PX = 20;

/** The size of the chart's axis labels and values (drawn on a canvas, so the CSS token cannot reach them). */
export function chartFontPx(rootFontPx: number): number {
  return Math.round(Math.max(MIN_CAPTION_PX, rootFontPx * 0.72));
}
