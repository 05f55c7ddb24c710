import type { Locator, Page } from '@playwright/test';
import { TAP_QUIET_MS } from '../../renderer/touch/tap-guard.ts';
import { ORIENTATIONS } from './citizen-screenshot-tools.ts';
import { expect, test } from './fixtures.ts';
import { DEMO_PROCEDURES } from './pages/ProcedureFixtures.ts';
import { TechnicianPage } from './pages/TechnicianPage.ts';
import { expectEachLabelOnOneLine, expectOnScreen, expectUnscrolled } from './pages/Viewport.ts';

/** The ways about (back, home, type the code) and the buttons of a bottom bar: one line each, whatever the screen. */
async function expectWaysOnOneLine(page: Page, screen: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await expectEachLabelOnOneLine(page.locator('button[data-testid^="nav-"], [data-sticky-bottom] button'), screen);
}

/** The boxes of `parts` lie inside the window and none overlaps another. */
async function expectApartInWindow(page: Page, parts: Record<string, Locator>): Promise<void> {
  const viewport = page.viewportSize()!;
  const boxes = await Promise.all(Object.entries(parts).map(async ([name, part]) => ({ name, box: (await part.boundingBox())! })));
  for (const { name, box } of boxes) {
    expect(box, name).not.toBeNull();
    expect(box.y + box.height, `${name} bottom edge`).toBeLessThanOrEqual(viewport.height + 0.5);
  }
  const overlaps = boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width && a.box.y < b.box.y + b.box.height && b.box.y < a.box.y + a.box.height)
      .map((b) => `${a.name} / ${b.name}`),
  );
  expect(overlaps, 'parts drawn over each other').toEqual([]);
}

/** A tap on a screen that a tap just opened comes after the kiosk's quiet moment (renderer/touch/tap-guard.ts). */
async function tapOnNewScreen(page: Page, testId: string): Promise<void> {
  await page.waitForTimeout(TAP_QUIET_MS + 100);
  await page.getByTestId(testId).first().click();
}

for (const { name: orientation, viewport } of ORIENTATIONS) {
  test(`in large text no way about breaks over two lines (code entry, procedures, search, statistics) and search keeps its field, keyboard and ways apart, ${orientation}`, async ({ page, shell }) => {
    await page.setViewportSize(viewport);
    await page.getByTestId('toggle-largeText').click();
    await expect(page.locator('html')).toHaveAttribute('data-text', 'large');

    await tapOnNewScreen(page, 'open-manual');
    await shell.expectScreen('manual');
    await expectWaysOnOneLine(page, 'code entry');
    await tapOnNewScreen(page, 'nav-home');

    await tapOnNewScreen(page, 'open-fields');
    await expect(page.getByTestId('field-tile').first()).toBeVisible();
    await expectWaysOnOneLine(page, 'fields');
    await page.waitForTimeout(TAP_QUIET_MS + 100);
    await page.locator(`[data-testid="field-tile"][data-field="${DEMO_PROCEDURES.birth.field}"]`).click();
    await expect(page.getByTestId('screen-procedures')).toBeVisible();
    await expectWaysOnOneLine(page, 'procedure list');
    await page.waitForTimeout(TAP_QUIET_MS + 100);
    await page.getByTestId('screen-procedures').locator(`[data-code="${DEMO_PROCEDURES.birth.code}"]`).first().click();
    await expect(page.getByTestId('screen-procedure')).toBeVisible();
    await expectWaysOnOneLine(page, 'procedure detail');
    await tapOnNewScreen(page, 'nav-home');

    await tapOnNewScreen(page, 'open-search');
    const search = page.getByTestId('screen-search');
    await expect(search).toBeVisible();
    await expectWaysOnOneLine(page, 'search');
    // The keyboard is below the field in portrait and beside it in landscape: the hint names neither.
    await expect(search.locator('.search__hint p')).toHaveText('Gõ vài chữ trong tên thủ tục bằng bàn phím trên màn hình, không cần gõ dấu. Hoặc chọn:');
    await expectApartInWindow(page, {
      back: search.getByTestId('nav-back'),
      home: search.getByTestId('nav-home'),
      field: search.locator('.search__field'),
      keyboard: search.getByTestId('search-keyboard'),
    });
    await tapOnNewScreen(page, 'nav-home');

    await tapOnNewScreen(page, 'open-statistics');
    await expect(page.getByTestId('screen-statistics')).toBeVisible();
    await expectWaysOnOneLine(page, 'statistics');
  });
}

for (const { name: orientation, viewport } of ORIENTATIONS) {
  test(`technician mode's header in large text keeps the language switch whole and in the window, ${orientation}`, async ({ page, shell }) => {
    await page.setViewportSize(viewport);
    await shell.expectScreen('home');
    await page.getByTestId('toggle-largeText').click();
    await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
    await new TechnicianPage(page).openWithGesture();
    const header = page.getByTestId('technician-header');
    await expect(header).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    for (const lang of ['lang-vi', 'lang-en']) await expect(header.getByTestId(lang), lang).toBeInViewport({ ratio: 1 });
    // Each option reads its code over its name ("VI" over "Tiếng Việt"): the name itself on one line.
    const names = await header.getByTestId(/^lang-/).evaluateAll((options) =>
      options.map((option) => {
        const name = option.querySelector('.lang-switch__full')!;
        const range = document.createRange();
        range.selectNodeContents(name);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return `${name.textContent}: ${tops.size} line(s)`;
      }),
    );
    expect(names).toEqual(['Tiếng Việt: 1 line(s)', 'English: 1 line(s)']);
  });
}

for (const { name: orientation, viewport } of ORIENTATIONS) {
  test(`code entry in large text: the way home, the title, the field, "Tra cứu" and the whole keypad on the first screenful, before and after typing, ${orientation}`, async ({ page, shell }) => {
    await page.setViewportSize(viewport);
    await page.getByTestId('toggle-largeText').click();
    await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
    await tapOnNewScreen(page, 'open-manual');
    await shell.expectScreen('manual');
    const screen = page.getByTestId('screen-manual');
    const firstScreenful = async (when: string) => {
      await page.evaluate(() => document.fonts.ready);
      await expectUnscrolled(page);
      await expectOnScreen(page, screen.getByTestId('nav-home'), `${when}: home`);
      await expectOnScreen(page, screen.locator('#manual-title'), `${when}: title`);
      await expectOnScreen(page, screen.getByTestId('manual-input'), `${when}: field`);
      await expectOnScreen(page, screen.getByTestId('manual-submit'), `${when}: Tra cứu`);
      await expectOnScreen(page, screen.getByTestId('keypad'), `${when}: keypad`);
    };
    await firstScreenful('opened');
    await page.waitForTimeout(TAP_QUIET_MS + 100);
    for (const key of ['0', '0', '0']) await screen.getByTestId('keypad').getByRole('button', { name: key, exact: true }).first().click();
    await expect(screen.getByTestId('manual-input')).toHaveValue(/^000/);
    await firstScreenful('after typing');
    // A whole code shows whole: nothing of it scrolled out of the field.
    const field = screen.getByTestId('manual-input');
    await field.fill('000.00.12.H53-261120-0001');
    await expect(field).toHaveValue('000.00.12.H53-261120-0001');
    expect(await field.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth), 'the whole code fits in the field').toBe(true);
  });
}
