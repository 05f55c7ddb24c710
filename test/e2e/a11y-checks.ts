import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The display modes every screen is checked in. */
export const MODES = ['normal', 'high-contrast'] as const;
export type Mode = (typeof MODES)[number];

/** Touch targets at least this big, both ways (CSS pixels). */
const MIN_TARGET = 64;

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  targets: string[];
}

/**
 * axe-core on what is on screen now: no serious or critical violation. Then every control a
 * finger can reach is at least 64 px each way.
 */
export async function checkScreen(page: Page, screen: string): Promise<void> {
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

export async function setMode(page: Page, mode: Mode): Promise<void> {
  const wanted = mode === 'high-contrast';
  const toggle = page.getByTestId('toggle-highContrast');
  if ((await toggle.getAttribute('aria-pressed')) !== String(wanted)) await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', wanted ? 'high' : 'standard');
}
