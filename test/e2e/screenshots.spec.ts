import { expect, test } from './fixtures.ts';
import { DEMO } from './fixtures.ts';

/** The kiosk is mounted in portrait (1080x1920) or landscape (1920x1080). */
const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;

for (const { name: orientation, viewport } of ORIENTATIONS) {
  test.describe(`screenshots, ${orientation}`, () => {
    test.use({ viewport });

    test('home, manual entry, results and errors', async ({ shell, home, manual, scanner, result, errorPage, page }) => {
      const shot = (screen: string) => shell.screenshot(`${screen}-${orientation}`);
      const noHorizontalScroll = async () => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      };

      await shot('home');
      await noHorizontalScroll();

      await shell.setLanguage('en');
      await shot('home-en');
      await shell.setLanguage('vi');

      await home.openManualEntry();
      await manual.tapCode('000.00.12.H53-2611');
      await shot('manual-entry');
      await noHorizontalScroll();
      await manual.backButton.click();

      const results = [
        ['result-supplement', DEMO.supplement],
        ['result-pay', DEMO.payRegistrationFee],
        ['result-overdue', DEMO.inProgressOverdue],
        ['result-collect', DEMO.finishedEarlyCounter5],
        ['result-late-returned', DEMO.finishedLate],
      ] as const;
      for (const [screen, code] of results) {
        await scanner.scan(code);
        await expect(result.code).toHaveText(code);
        await shot(screen);
        await noHorizontalScroll();
        await result.done();
      }

      await scanner.scan('HELLO-KIOSK-TEST');
      await expect(errorPage.of('unreadable').root).toBeVisible();
      await shot('error-unreadable');
      await errorPage.of('unreadable').homeButton.click();

      await scanner.scan(DEMO.missing);
      await expect(errorPage.of('not-found').root).toBeVisible();
      await shot('error-not-found');
      await errorPage.of('not-found').homeButton.click();

      await scanner.scan(DEMO.otherAgency);
      await expect(errorPage.of('other-agency').root).toBeVisible();
      await shot('error-other-agency');
      await noHorizontalScroll();
    });
  });
}
