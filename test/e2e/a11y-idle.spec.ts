import { checkScreen, MODES, setMode } from './a11y-checks.ts';
import { DEMO, expect, test } from './fixtures.ts';
import { AttractPage } from './pages/AttractPage.ts';

// The shortest idle timeout, so the attract screen and the countdown come quickly.
test.use({ idleTimeoutSec: 10 });

for (const mode of MODES) {
  test(`accessibility of the idle countdown and the attract screen, ${mode}`, async ({ page, scanner, idle }) => {
    await setMode(page, mode);
    await scanner.scan(DEMO.received);
    await expect(idle.root).toBeVisible({ timeout: 10_000 });
    await checkScreen(page, `idle countdown, ${mode}`);
    await idle.keepUsingButton.click();
    await page.getByTestId('screen-result').getByTestId('nav-home').click();
    // High contrast is this citizen's choice: home counts down to the site's standard look
    // first, then turns into the attract screen. A site may make high contrast its default,
    // so the attract screen is checked in the mode as well (switched on again once it shows).
    const attract = new AttractPage(page);
    await attract.waitUntilShown(30_000);
    if (mode === 'high-contrast') await page.evaluate(() => (document.documentElement.dataset.contrast = 'high'));
    await checkScreen(page, `attract, ${mode}`);
  });
}
