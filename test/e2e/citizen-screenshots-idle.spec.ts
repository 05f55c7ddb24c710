import { docScreenshot, LOOKS, ORIENTATIONS, useLook } from './citizen-screenshot-tools.ts';
import { DEMO, expect, test } from './fixtures.ts';
import { AttractPage } from './pages/AttractPage.ts';

// The shortest idle timeout, so the countdown and the attract screen come quickly.
test.use({ idleTimeoutSec: 10 });

for (const { name: orientation, viewport } of ORIENTATIONS) {
  for (const look of LOOKS) {
    test.describe(`docs screenshots of the idle screens, ${orientation}, ${look.name}`, () => {
      test.use({ viewport });

      test('idle countdown and attract screen', async ({ page, scanner, result, idle }) => {
        await useLook(page, look);
        await scanner.scan(DEMO.received);
        await expect(result.code).toHaveText(DEMO.received);
        await expect(idle.root).toBeVisible({ timeout: 10_000 });
        await expect(idle.seconds).toHaveText('5');
        await docScreenshot(page, `idle-countdown-${orientation}${look.suffix}`);
        await idle.keepUsingButton.click();
        await result.done();
        // At rest the kiosk wears the site's look; a site with high contrast as its default
        // shows the attract screen so.
        const attract = new AttractPage(page);
        await attract.waitUntilShown(30_000);
        if (look.suffix) await page.evaluate(() => (document.documentElement.dataset.contrast = 'high'));
        await docScreenshot(page, `attract-${orientation}${look.suffix}`);
      });
    });
  }
}
