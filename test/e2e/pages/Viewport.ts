import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/**
 * Whether a control is on the first screenful: inside the window and above the end of the
 * scrolling area (the scroll hint's strip, the footer with data-as-of), without scrolling.
 */
export async function expectOnScreen(page: Page, control: Locator, name: string): Promise<void> {
  await expect(control, name).toBeVisible();
  const box = await control.boundingBox();
  const footer = await page.getByTestId('data-as-of-banner').boundingBox();
  // The scrolling area ends above anything under it (the scroll hint's strip, the footer).
  const mainBottom = await page.locator('.app__main').evaluate((main) => main.getBoundingClientRect().bottom).catch(() => null);
  const viewport = page.viewportSize()!;
  expect(box, name).not.toBeNull();
  const bottomLimit = Math.min(footer ? footer.y : viewport.height, mainBottom ?? viewport.height);
  expect(box!.x, `${name} left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${name} right edge`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box!.y, `${name} top edge`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${name} bottom edge (visible area ends at ${bottomLimit})`).toBeLessThanOrEqual(bottomLimit + 0.5);
}

/** The main area has not been scrolled (what is on screen is the first screenful). */
export async function expectUnscrolled(page: Page): Promise<void> {
  expect(await page.locator('.app__main').evaluate((main) => main.scrollTop)).toBe(0);
}

/**
 * Every button in `area` shows its label on one line: the line boxes of its text all start at the
 * same height (a label broken over two lines has two).
 */
export async function expectLabelsOnOneLine(area: Locator, name: string): Promise<void> {
  await expect(area, name).toBeVisible();
  await expectEachLabelOnOneLine(area.locator('button'), name);
}

/** Each of `buttons` (those shown) has its label on one line. */
export async function expectEachLabelOnOneLine(buttons: Locator, name: string): Promise<void> {
  const wrapped = await buttons.evaluateAll((all) =>
    all
      .filter((button) => button.getClientRects().length > 0)
      .flatMap((button) => {
        const tops: number[] = [];
        const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top);
        }
        const halfLine = parseFloat(getComputedStyle(button).fontSize) / 2;
        const lines = tops.sort((a, b) => a - b).filter((top, i) => i === 0 || top - tops[i - 1]! > halfLine).length;
        return lines > 1 ? [`"${button.textContent?.trim()}" on ${lines} lines`] : [];
      }),
  );
  expect(wrapped, `${name}: action labels broken over lines`).toEqual([]);
}
