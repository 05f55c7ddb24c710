import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { MIN_CAPTION_PX } from '../../../renderer/statistics/chart-font.ts';

/**
 * The smallest text a citizen is asked to read at the kiosk: captions and labels (the answer and
 * its explanations are 24 px and more); 17-18 px captions failed the screenshot review.
 */
export const MIN_TEXT_PX = MIN_CAPTION_PX;

/**
 * Every piece of text on screen is at least MIN_TEXT_PX. Text drawn inside a picture (SVG,
 * scaled with it) and text for screen readers only (a 1 px box) are not read by eye.
 */
export async function expectReadableText(page: Page, screen: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const tooSmall = await page.evaluate((min) => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element || element.closest('svg')) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const size = parseFloat(style.fontSize);
      if (size < min - 0.05) found.add(`${element.className || element.tagName.toLowerCase()} "${text.slice(0, 40)}" ${size.toFixed(1)}px`);
    }
    return [...found];
  }, MIN_TEXT_PX);
  expect(tooSmall, `${screen}: text under ${MIN_TEXT_PX} px`).toEqual([]);
}
