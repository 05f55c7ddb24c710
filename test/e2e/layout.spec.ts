import { SCAN_REPEAT_WINDOW_MS } from '../../renderer/scanner/scan-repeat-filter.ts';
import { ORIENTATIONS } from './citizen-screenshot-tools.ts';
import { DEMO, expect, test } from './fixtures.ts';
import { expectReadableText } from './pages/ReadableText.ts';
import { expectLabelsOnOneLine, expectOnScreen, expectUnscrolled } from './pages/Viewport.ts';

const DISPLAY_MODES = [
  { name: 'normal', toggles: [] },
  { name: 'high contrast', toggles: ['toggle-highContrast'] },
  { name: 'large text', toggles: ['toggle-largeText'] },
  { name: 'large text and high contrast', toggles: ['toggle-largeText', 'toggle-highContrast'] },
] as const;

for (const { name: orientation, viewport } of ORIENTATIONS) {
  test.describe(`layout, ${orientation}`, () => {
    test.use({ viewport });

    for (const mode of DISPLAY_MODES) {
      test(`home keeps every way in on the first screenful, ${mode.name}`, async ({ page, shell }) => {
        await shell.expectScreen('home');
        for (const toggle of mode.toggles) await page.getByTestId(toggle).click();
        await page.evaluate(() => document.fonts.ready);
        await expectUnscrolled(page);
        for (const testId of ['scan-prompt', 'home-scanner', 'open-manual', 'open-fields', 'open-search', 'toggle-largeText', 'toggle-highContrast', 'lang-vi', 'lang-en']) {
          await expectOnScreen(page, page.getByTestId(testId), testId);
        }
        await expectOnScreen(page, page.locator('.home__or span'), '"hoặc"');
        await expect(page.locator('.home__or span')).toHaveText('hoặc');
        await expect(page.getByTestId('scroll-hint')).toBeHidden();
        await expectReadableText(page, `home, ${mode.name}`);
      });
    }

    test('the result shows status, due date, latest step and a way to the rating without scrolling, in large text too', async ({ page, scanner, result }) => {
      for (const large of [false, true]) {
        if (large) {
          // The same receipt again: it must have left the scanner first, or it is the same read (presentation mode).
          await page.waitForTimeout(SCAN_REPEAT_WINDOW_MS + 200);
          await page.getByTestId('toggle-largeText').click();
        }
        await scanner.scan(DEMO.inProgressOverdue);
        await expect(result.code).toHaveText(DEMO.inProgressOverdue);
        await expectUnscrolled(page);
        await expectOnScreen(page, result.statusSentence, 'status sentence');
        await expectOnScreen(page, page.getByTestId('summary-due'), 'due date');
        await expect(page.getByTestId('summary-due')).toHaveText('17:00 28/11/2026');
        await expectOnScreen(page, page.getByTestId('summary-latest'), 'latest step');
        await expect(page.getByTestId('summary-latest')).toContainText('Chỉnh lý hồ sơ địa chính');
        await expectOnScreen(page, page.getByTestId('rating-jump'), 'rating button');
        await expectOnScreen(page, result.doneButton, 'home button');
        await expectLabelsOnOneLine(page.locator('.result__actions'), large ? 'result bar, large text' : 'result bar');
        await expectReadableText(page, large ? 'answer, large text' : 'answer');
        await result.done();
      }
    });

    test('every lookup error keeps its ways out and the hotline on the first screenful, in large text too', async ({ page, scanner, errorPage }) => {
      for (const large of [false, true]) {
        if (large) {
          // The same receipts again: each must have left the scanner first (presentation mode).
          await page.waitForTimeout(SCAN_REPEAT_WINDOW_MS + 200);
          await page.getByTestId('toggle-largeText').click();
        }
        for (const [raw, kind] of [
          ['HELLO-KIOSK-TEST', 'unreadable'],
          [DEMO.missing, 'not-found'],
          [DEMO.otherAgency, 'other-agency'],
        ] as const) {
          const screen = errorPage.of(kind);
          await scanner.scan(raw);
          await expect(screen.root).toBeVisible();
          await page.evaluate(() => document.fonts.ready);
          await expectUnscrolled(page);
          const name = `${kind}${large ? ', large text' : ''}`;
          await expectOnScreen(page, screen.homeButton, `${name}: home button`);
          await expectOnScreen(page, screen.typeCodeButton, `${name}: type the code`);
          await expectOnScreen(page, screen.root.getByTestId('help-hotline'), `${name}: hotline`);
          await expectOnScreen(page, screen.root.getByTestId('help-complaint'), `${name}: complaint route`);
          await expectReadableText(page, name);
          await screen.homeButton.click();
          await expect(page.getByTestId('screen-home')).toBeVisible();
        }
      }
    });

    test('an overdue dossier in progress does not ask for the rating first; the rating button brings it on screen', async ({ page, scanner, result }) => {
      await scanner.scan(DEMO.inProgressOverdue);
      await expect(result.code).toHaveText(DEMO.inProgressOverdue);
      const side = page.locator('.result__side > *');
      await expect(side.first()).not.toHaveAttribute('data-testid', 'rating');
      await expect(side.last()).toHaveAttribute('data-testid', 'rating');
      await page.getByTestId('rating-jump').click();
      // The jump scrolls smoothly: the choice is on screen once the scroll has ended.
      await expect(async () => expectOnScreen(page, page.getByTestId('rate-satisfied'), 'rating choice')).toPass({ timeout: 10_000 });
    });

    test('a finished dossier asks for the rating beside the answer', async ({ page, scanner, result }) => {
      await scanner.scan(DEMO.finishedEarlyCounter5);
      await expect(result.code).toHaveText(DEMO.finishedEarlyCounter5);
      await expect(page.locator('.result__side > *').first()).toHaveAttribute('data-testid', 'rating');
      if (orientation === 'landscape') await expectOnScreen(page, page.getByTestId('rate-very-satisfied'), 'rating choice');
    });

    test('a screen that scrolls says so, and the hint scrolls it on', async ({ page, scanner, result }) => {
      await page.getByTestId('toggle-largeText').click();
      await scanner.scan(DEMO.supplement);
      await expect(result.code).toHaveText(DEMO.supplement);
      const hint = page.getByTestId('scroll-hint');
      await expectOnScreen(page, hint, 'scroll hint');
      await expect(hint).toHaveText('Kéo xuống để xem thêm');
      const main = page.locator('.app__main');
      await hint.click();
      await expect.poll(() => main.evaluate((m) => m.scrollTop)).toBeGreaterThan(0);
      await main.evaluate((m) => m.scrollTo(0, m.scrollHeight));
      await expect(hint).toBeHidden();
    });
  });
}
