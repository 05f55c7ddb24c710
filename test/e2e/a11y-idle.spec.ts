import { checkScreen, MODES, orientationsChecked, setMode } from './a11y-checks.ts';
import { DEMO, expect, test } from './fixtures.ts';
import { AttractPage } from './pages/AttractPage.ts';

// The kiosk's idle timeout (90 s) on a fake clock, so the attract screen and the countdown come at once.
test.use({ fakeClock: true });

for (const mode of MODES) {
  test(`accessibility of the idle countdown and the attract screen, ${mode}`, async ({ page, scanner, idle }) => {
    // axe-core over two screens takes most of a minute on a loaded machine.
    test.slow();
    test.setTimeout(test.info().timeout * orientationsChecked(mode));
    await setMode(page, mode);
    await scanner.scan(DEMO.received);
    // The answer restarts the idle time: jump only once it is on screen.
    await expect(page.getByTestId('screen-result')).toBeVisible();
    await page.clock.fastForward(61_000);
    await expect(idle.root).toBeVisible();
    await checkScreen(page, `idle countdown, ${mode}`);
    await idle.keepUsingButton.click();
    await page.getByTestId('screen-result').getByTestId('nav-home').click();
    // High contrast and large text are this citizen's choice: home counts down to the site's standard look
    // first, then turns into the attract screen. A site may make either its default,
    // so the attract screen is checked in the mode as well (switched on again once it shows).
    const attract = new AttractPage(page);
    await attract.fastForwardUntilShown();
    if (mode === 'high-contrast') await page.evaluate(() => (document.documentElement.dataset.contrast = 'high'));
    if (mode === 'large-text') await page.evaluate(() => (document.documentElement.dataset.text = 'large'));
    await checkScreen(page, `attract, ${mode}`);
  });
}
