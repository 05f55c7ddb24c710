import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { docScreenshotDir } from './doc-screenshot-dir.ts';
import { toPalettePng } from './palette-png.ts';

/** test-results/docs-screenshots/ in a test run; docs/screenshots/ under `npm run screenshots`. */
const SCREENSHOT_DIR = docScreenshotDir();

/** The kiosk is mounted in portrait (1080x1920) or landscape (1920x1080). */
export const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;

export const LOOKS = [
  { name: 'normal', suffix: '' },
  { name: 'high contrast', suffix: '-hc' },
] as const;
export type Look = (typeof LOOKS)[number];

/** Switches high contrast on or off with the home screen's switch. */
export async function useLook(page: Page, look: Look): Promise<void> {
  const wanted = look.suffix === '-hc';
  const toggle = page.getByTestId('toggle-highContrast');
  if ((await toggle.getAttribute('aria-pressed')) !== String(wanted)) await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', wanted ? 'high' : 'standard');
}

/**
 * Saves what is on screen as <SCREENSHOT_DIR>/<name>.png: fonts loaded, animations stopped at
 * their end, no caret, 1 CSS pixel = 1 image pixel, 256 colours (palette-png.ts), so the
 * files stay small enough to commit.
 */
export async function docScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
  writeFileSync(path.join(SCREENSHOT_DIR, `${name}.png`), toPalettePng(png));
}

/** Scrolls the screen's scrolling area to its end (long results, the charts). */
export async function scrollToEnd(page: Page): Promise<void> {
  await page.locator('.app__main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
}
