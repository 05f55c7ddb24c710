import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The display modes every screen is checked in. */
export const MODES = ['normal', 'high-contrast', 'large-text'] as const;
export type Mode = (typeof MODES)[number];

/** Touch targets at least this big, both ways (CSS pixels). */
const MIN_TARGET = 64;

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** How many orientations a screen is checked in, at most: large text in both, so its tests get twice the time. */
export const orientationsChecked = (mode: Mode): number => (mode === 'large-text' ? 2 : 1);

/** The kiosk is mounted in portrait or in landscape. */
const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;

/**
 * Where a screen is checked in large text. The other modes are checked in portrait (the tests'
 * window); large text is checked in landscape, where it is shortest of height and reflows most,
 * and which no other mode visits; the screens large text changes most (home, the answers, the
 * errors) in both orientations.
 */
export type LargeTextOrientations = 'both' | 'landscape';

/**
 * axe-core on what is on screen now: no serious or critical violation. Then every control a
 * finger can reach is at least 64 px each way. In large text the screen is checked in landscape,
 * or in both orientations.
 */
export async function checkScreen(page: Page, screen: string, largeText: LargeTextOrientations = 'landscape'): Promise<void> {
  if ((await page.locator('html').getAttribute('data-text')) !== 'large') return checkNow(page, screen);
  const mounted = page.viewportSize();
  for (const { name, viewport } of ORIENTATIONS) {
    if (largeText === 'landscape' && name !== 'landscape') continue;
    await page.setViewportSize(viewport);
    await checkNow(page, `${screen}, large text, ${name}`);
  }
  if (mounted) await page.setViewportSize(mounted);
}

async function checkNow(page: Page, screen: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const findings: Finding[] = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ screen, rule: v.id, impact: v.impact!, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  expect(findings, `${screen}: ${JSON.stringify(findings, null, 1)}`).toEqual([]);

  const small = await page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])');
    return [...controls]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
      .map(({ el, box }) => `${el.tagName.toLowerCase()}[data-testid=${el.dataset.testid ?? '?'}] ${Math.round(box.width)}x${Math.round(box.height)}`);
  }, MIN_TARGET);
  expect(small, `${screen}: touch targets under ${MIN_TARGET} px`).toEqual([]);
}

/** Switches the home screen's toggles to the mode: high contrast, large text, or neither. */
export async function setMode(page: Page, mode: Mode): Promise<void> {
  await setToggle(page, 'toggle-highContrast', mode === 'high-contrast');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', mode === 'high-contrast' ? 'high' : 'standard');
  await setToggle(page, 'toggle-largeText', mode === 'large-text');
  await expect(page.locator('html')).toHaveAttribute('data-text', mode === 'large-text' ? 'large' : 'standard');
}

async function setToggle(page: Page, testId: string, wanted: boolean): Promise<void> {
  const toggle = page.getByTestId(testId);
  if ((await toggle.getAttribute('aria-pressed')) !== String(wanted)) await toggle.click();
}
