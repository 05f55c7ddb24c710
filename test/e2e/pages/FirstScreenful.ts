import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/**
 * What of the scrolling area a citizen sees now: from its top to the top of the screen's bottom
 * bar (which covers what scrolls under it), or to its own bottom on a screen without one.
 */
async function visibleArea(page: Page): Promise<{ top: number; bottom: number }> {
  return page.locator('.app__main').evaluate((main) => {
    const box = main.getBoundingClientRect();
    const bar = main.querySelector('[data-sticky-bottom]');
    return { top: box.top, bottom: bar ? Math.min(box.bottom, bar.getBoundingClientRect().top) : box.bottom };
  });
}

/** The element is whole in what the citizen sees now: below the header and above the bottom bar (unscrolled: on the first screenful). */
export async function expectInView(page: Page, element: Locator, name: string): Promise<void> {
  await expect(element, name).toBeVisible();
  const box = await element.boundingBox();
  expect(box, name).not.toBeNull();
  const area = await visibleArea(page);
  const viewport = page.viewportSize()!;
  expect(box!.x, `${name} left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${name} right edge`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box!.y, `${name} top edge (screen area starts at ${area.top})`).toBeGreaterThanOrEqual(area.top - 0.5);
  expect(box!.y + box!.height, `${name} bottom edge (bottom bar at ${area.bottom})`).toBeLessThanOrEqual(area.bottom + 0.5);
}

/**
 * The first line of text in the element is whole in what the citizen sees now: a long block (the
 * documents to bring, the fees) begins where the citizen looks, and the hint says there is more.
 */
export async function expectFirstLineInView(page: Page, element: Locator, name: string): Promise<void> {
  await expect(element, name).toBeVisible();
  const line = await element.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const first = [...range.getClientRects()].find((rect) => rect.width > 0 && rect.height > 0);
      if (first) return { top: first.top, bottom: first.bottom, text: node.textContent.trim().slice(0, 40) };
    }
    return null;
  });
  expect(line, `${name}: has text`).not.toBeNull();
  const area = await visibleArea(page);
  expect(line!.top, `${name} "${line!.text}" top edge (screen area starts at ${area.top})`).toBeGreaterThanOrEqual(area.top - 0.5);
  expect(line!.bottom, `${name} "${line!.text}" bottom edge (bottom bar at ${area.bottom})`).toBeLessThanOrEqual(area.bottom + 0.5);
}

/**
 * "Kéo xuống để xem thêm" covers no text a citizen can see now: every line of text outside the
 * hint, where it is visible (what scrolls, cut to the visible area; the bars as they are), stays
 * clear of the hint's box.
 */
export async function expectScrollHintCoversNoText(page: Page, screen: string): Promise<void> {
  const hint = page.getByTestId('scroll-hint');
  await expect(hint, `${screen}: scroll hint`).toBeVisible();
  const covered = await hint.evaluate((hintElement) => {
    const main = document.querySelector<HTMLElement>('.app__main')!;
    const mainBox = main.getBoundingClientRect();
    const bar = main.querySelector('[data-sticky-bottom]');
    const areaBottom = bar ? Math.min(mainBox.bottom, bar.getBoundingClientRect().top) : mainBox.bottom;
    const h = hintElement.getBoundingClientRect();
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element || hintElement.contains(element) || element.closest('svg, .visually-hidden')) continue;
      const scrolls = main.contains(element) && !bar?.contains(element);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        const top = scrolls ? Math.max(line.top, mainBox.top) : line.top;
        const bottom = scrolls ? Math.min(line.bottom, areaBottom) : line.bottom;
        if (bottom - top < 1 || line.width < 1) continue;
        const overlapX = Math.min(line.right, h.right) - Math.max(line.left, h.left);
        const overlapY = Math.min(bottom, h.bottom) - Math.max(top, h.top);
        if (overlapX > 0.5 && overlapY > 0.5) found.push(`"${text.slice(0, 50)}" (${Math.round(line.left)},${Math.round(top)})`);
      }
    }
    return [...new Set(found)];
  });
  expect(covered, `${screen}: text under "Kéo xuống để xem thêm"`).toEqual([]);
}
