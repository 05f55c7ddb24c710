import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { TAP_QUIET_MS } from '../../renderer/touch/tap-guard.ts';
import { docScreenshotDir } from './doc-screenshot-dir.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { toPalettePng } from './palette-png.ts';

/** test-results/docs-screenshots/ in a test run; docs/screenshots/ under `npm run screenshots`. */
const SCREENSHOT_DIR = docScreenshotDir();

/** The kiosk is mounted in portrait (1080x1920) or landscape (1920x1080). */
export const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;

/** The three looks a citizen can choose at home: the switches each one has on. */
export const LOOKS = [
  { name: 'normal', suffix: '', largeText: false, highContrast: false },
  { name: 'high contrast', suffix: '-hc', largeText: false, highContrast: true },
  { name: 'large text', suffix: '-large', largeText: true, highContrast: false },
] as const;
export type Look = (typeof LOOKS)[number];

/** Sets the home screen's large-text and high-contrast switches to the look's. */
export async function useLook(page: Page, look: Look): Promise<void> {
  for (const [mode, wanted] of [
    ['largeText', look.largeText],
    ['highContrast', look.highContrast],
  ] as const) {
    const toggle = page.getByTestId(`toggle-${mode}`);
    if ((await toggle.getAttribute('aria-pressed')) !== String(wanted)) await toggle.click();
  }
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-contrast', look.highContrast ? 'high' : 'standard');
  await expect(html).toHaveAttribute('data-text', look.largeText ? 'large' : 'standard');
  // A screen a scan opens right after the switch's tap would count as opened by that tap.
  await waitOutTapGuard(page);
}

/** What the site's defaults would make of the page at rest (the attract screen wears the site's look). */
export async function wearLookAtRest(page: Page, look: Look): Promise<void> {
  await page.evaluate(({ largeText, highContrast }) => {
    document.documentElement.dataset.text = largeText ? 'large' : 'standard';
    document.documentElement.dataset.contrast = highContrast ? 'high' : 'standard';
  }, look);
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

/** After a tap that opened a screen, the kiosk ignores taps for a moment (renderer/touch/tap-guard.ts). */
export async function waitOutTapGuard(page: Page): Promise<void> {
  await page.waitForTimeout(TAP_QUIET_MS + 100);
}

/**
 * A browser context of its own on the kiosk at `url` (for a kiosk a test starts itself): a touch
 * screen at `viewport`, Vietnamese and Vietnam's time, wearing `look`. The caller closes `context`.
 */
export async function openOwnKiosk(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  look: Look,
): Promise<{ context: BrowserContext; page: Page; shell: KioskShell }> {
  const context = await browser.newContext({ viewport, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  try {
    const page = await context.newPage();
    const shell = new KioskShell(page);
    await shell.open(url);
    await useLook(page, look);
    return { context, page, shell };
  } catch (error) {
    await context.close();
    throw error;
  }
}
