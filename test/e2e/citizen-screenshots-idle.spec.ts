import { docScreenshot, LOOKS, ORIENTATIONS, useLook, wearLookAtRest } from './citizen-screenshot-tools.ts';
import { DEMO, expect, test } from './fixtures.ts';
import { AttractPage } from './pages/AttractPage.ts';

// The kiosk's idle timeout (90 s) on a fake clock, so the countdown and the attract screen come at once.
test.use({ fakeClock: true });

for (const { name: orientation, viewport } of ORIENTATIONS) {
  for (const look of LOOKS) {
    test.describe(`docs screenshots of the idle screens, ${orientation}, ${look.name}`, () => {
      test.use({ viewport });

      test('idle countdown and attract screen', async ({ page, scanner, result, idle }) => {
        await useLook(page, look);
        await scanner.scan(DEMO.received);
        await expect(result.code).toHaveText(DEMO.received);
        await page.clock.fastForward(65_000);
        await expect(idle.root).toBeVisible();
        await expect(idle.seconds).toHaveText(/^\d+$/);
        await docScreenshot(page, `idle-countdown-${orientation}${look.suffix}`);
        await idle.keepUsingButton.click();
        await result.done();
        // At rest the kiosk wears the site's look; a site with this look as its default shows the
        // attract screen so.
        const attract = new AttractPage(page);
        await attract.fastForwardUntilShown();
        await wearLookAtRest(page, look);
        await docScreenshot(page, `attract-${orientation}${look.suffix}`);
      });
    });
  }
}
