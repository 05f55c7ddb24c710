import { DEMO, expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { TechnicianPage } from './pages/TechnicianPage.ts';
import { TouchScreen } from './pages/TouchScreen.ts';

const screenOf = (page: Page) => page.getByTestId('kiosk-app');

/** Long enough for a second tap that was not ignored to have shown its effect. */
const settle = (page: Page) => page.waitForTimeout(800);

test.describe('a double tap acts once, whatever the first tap put under the finger', () => {
  test('on a field tile it opens the field, not a procedure of its list', async ({ shell, page }) => {
    const touch = new TouchScreen(page);
    await page.getByTestId('open-fields').click();
    await expect(screenOf(page)).toHaveAttribute('data-screen', 'fields');
    const tile = page.getByTestId('field-tile').first();
    const point = await touch.centreOf(tile);
    // A citizen's first tap comes after the new screen's quiet moment (the guard ignores earlier ones).
    await settle(page);
    await touch.doubleTap(point);
    await expect(screenOf(page)).toHaveAttribute('data-screen', 'procedures');
    await settle(page);
    await expect(screenOf(page)).toHaveAttribute('data-screen', 'procedures');
    // The second tap did land on a procedure: it was ignored, not missed.
    expect(await touch.testIdAt(point)).toMatch(/^procedure-item/);
    await touch.tapRepeatedly(point, 1);
    await expect(screenOf(page)).toHaveAttribute('data-screen', 'procedure');
    void shell;
  });

  test('on "Back" it goes back one screen, not two', async ({ shell, page }) => {
    const touch = new TouchScreen(page);
    await page.getByTestId('open-fields').click();
    await page.getByTestId('field-tile').first().click();
    await page.getByTestId('procedure-item').first().click();
    await expect(screenOf(page)).toHaveAttribute('data-screen', 'procedure');
    const point = await touch.centreOf(page.getByTestId('nav-back'));
    await settle(page);
    await touch.doubleTap(point);
    await expect(screenOf(page)).toHaveAttribute('data-screen', 'procedures');
    await settle(page);
    await expect(screenOf(page)).toHaveAttribute('data-screen', 'procedures');
    expect(await touch.testIdAt(point)).toBe('nav-back');
    void shell;
  });

  test('on "Nhập mã hồ sơ" it opens code entry with nothing typed', async ({ home, manual, page }) => {
    const touch = new TouchScreen(page);
    /** A spot of "Nhập mã hồ sơ" under which code entry puts a key of its keypad, in this orientation. */
    const spotOverAKey = async () => {
      await home.openManualEntry();
      await expect(manual.root).toBeVisible();
      const keys = await manual.root.locator('[data-repeat-taps] button').evaluateAll((buttons) =>
        buttons.map((b) => b.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
      );
      await manual.backButton.click();
      await expect(home.root).toBeVisible();
      const button = await home.typeCodeButton.boundingBox();
      if (!button) throw new Error('"Nhập mã hồ sơ" is not on screen');
      return keys
        .map((k) => ({ left: Math.max(k.x, button.x), right: Math.min(k.x + k.width, button.x + button.width), top: Math.max(k.y, button.y), bottom: Math.min(k.y + k.height, button.y + button.height) }))
        .filter((o) => o.right - o.left > 8 && o.bottom - o.top > 8)
        .map((o) => ({ x: Math.round((o.left + o.right) / 2), y: Math.round((o.top + o.bottom) / 2) }))[0];
    };
    let point = await spotOverAKey();
    if (!point) {
      await page.setViewportSize({ width: 1920, height: 1080 });
      point = await spotOverAKey();
    }
    if (!point) throw new Error('no keypad key lies under "Nhập mã hồ sơ" in either orientation: the test needs another spot');
    await settle(page);
    await touch.doubleTap(point);
    await expect(manual.root).toBeVisible();
    await settle(page);
    await expect(manual.input).toHaveValue('');
    expect(await touch.testIdAt(point)).toMatch(/^key-/);
  });

  test('on the keypad two quick taps type two characters', async ({ home, manual, page }) => {
    const touch = new TouchScreen(page);
    await home.openManualEntry();
    await expect(manual.root).toBeVisible();
    await settle(page);
    await touch.doubleTap(manual.key('0'));
    await expect(manual.input).toHaveValue('00');
  });

  test('on the submit button it looks the code up once', async ({ home, manual, scanner, page }) => {
    const touch = new TouchScreen(page);
    await home.openManualEntry();
    await manual.input.fill(DEMO.received);
    await settle(page);
    const before = await scanner.lookupCount();
    await touch.doubleTap(manual.submitButton);
    await expect(screenOf(page)).toHaveAttribute('data-screen', 'result');
    await settle(page);
    expect(await scanner.lookupCount()).toBe(before + 1);
  });
});

test.describe('a tap acts on the control it started on', () => {
  test('a key that moved away under the finger types nothing; the key that came under it neither', async ({ page, shell }) => {
    await shell.expectScreen('home');
    const tech = new TechnicianPage(page);
    await tech.openWithGesture();
    await expect(tech.setPin).toHaveAttribute('data-step', 'setup-code');
    const touch = new TouchScreen(page);
    const five = page.getByTestId('tech-pin-key-5');
    const digits = page.getByTestId('tech-pin-digits');
    const point = await touch.centreOf(five);
    const rowHeight = await page.evaluate(() => {
      const [a, b] = ['tech-pin-key-2', 'tech-pin-key-5'].map((id) => document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect().top);
      return b! - a!;
    });
    // The pad moves one row down while the finger is on "5": "2" comes under it.
    await touch.tapWhile(point, () => page.evaluate((h) => void ((document.querySelector('.tech-pin__keys') as HTMLElement).style.marginTop = `${h}px`), rowHeight));
    expect(await touch.testIdAt(point)).toBe('tech-pin-key-2');
    await settle(page);
    await expect(digits).toHaveText('\u00a0');
    await page.evaluate(() => void ((document.querySelector('.tech-pin__keys') as HTMLElement).style.marginTop = ''));
    await touch.tapRepeatedly(point, 1);
    await expect(digits).toHaveText('5');
  });
});
