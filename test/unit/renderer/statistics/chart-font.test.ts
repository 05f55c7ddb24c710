import { describe, expect, it } from 'vitest';
import { chartFontPx, MIN_CAPTION_PX } from '../../../../renderer/statistics/chart-font.ts';

describe('the on-time chart’s text size', () => {
  it('is never under the caption size a citizen reads, at the kiosk’s normal root size', () => {
    // html { font-size: max(24px, 2.3vmin) } on a 1080-wide screen: 24.84 px; 0.72 of it was 17.9 px.
    expect(chartFontPx(24.84)).toBe(MIN_CAPTION_PX);
    expect(chartFontPx(24)).toBe(MIN_CAPTION_PX);
  });

  it('grows with large text', () => {
    // html[data-text='large'] { font-size: max(32px, 3vmin) }: 32.4 px on a 1080-wide screen.
    expect(chartFontPx(32.4)).toBe(23);
  });
});
