import { checkScreen, MODES, orientationsChecked, setMode } from './a11y-checks.ts';
import { DEMO, expect, test } from './fixtures.ts';
import { ErrorPage } from './pages/ErrorPage.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { RatingPanel } from './pages/RatingPanel.ts';
import { Scanner } from './pages/Scanner.ts';
import { StatisticsPage } from './pages/StatisticsPage.ts';
import { TechnicianPage } from './pages/TechnicianPage.ts';
import { startKioskServer } from './kiosk-server.ts';

for (const mode of MODES) {
  test.describe(`accessibility, ${mode}`, () => {
    test('home, manual entry, results, rating, errors and statistics', async ({ page, shell, home, manual, scanner, result, errorPage }) => {
      // A dozen screens, each scanned by axe-core; the result screens grew with the answers.
      test.slow();
      test.setTimeout(test.info().timeout * orientationsChecked(mode));
      await setMode(page, mode);
      await checkScreen(page, 'home', 'both');

      await home.openManualEntry();
      await manual.tapCode('000.00.12');
      await checkScreen(page, 'manual entry');
      await manual.backButton.click();

      for (const [name, code] of [
        ['result: documents missing', DEMO.supplement],
        ['result: fees to pay', DEMO.payRegistrationFee],
        ['result: overdue', DEMO.inProgressOverdue],
        ['result: ready to collect', DEMO.finishedEarlyCounter5],
        ['result: refused', DEMO.refused],
      ] as const) {
        await scanner.scan(code);
        await expect(result.code).toHaveText(code);
        await checkScreen(page, name, 'both');
        await result.done();
      }

      await scanner.scan(DEMO.finishedLate);
      const rating = new RatingPanel(page);
      await rating.choice('satisfied').click();
      await rating.reason('clear-guidance').click();
      await expect(rating.status).toHaveAttribute('data-state', 'saved');
      await checkScreen(page, 'rating with reasons');
      await rating.choice('not-satisfied').click();
      await checkScreen(page, 'rating: not satisfied');
      await result.done();

      await scanner.scan('HELLO-KIOSK-TEST');
      await expect(errorPage.of('unreadable').root).toBeVisible();
      await checkScreen(page, 'error: unreadable', 'both');
      await errorPage.of('unreadable').homeButton.click();
      await scanner.scan(DEMO.missing);
      await expect(errorPage.of('not-found').root).toBeVisible();
      await checkScreen(page, 'error: not found', 'both');
      await errorPage.of('not-found').homeButton.click();
      await scanner.scan(DEMO.otherAgency);
      await expect(errorPage.of('other-agency').root).toBeVisible();
      await checkScreen(page, 'error: other agency', 'both');
      await errorPage.of('other-agency').homeButton.click();

      const stats = new StatisticsPage(page);
      await StatisticsPage.openButton(page).click();
      await expect(stats.canvas('fields')).toBeVisible();
      await checkScreen(page, 'statistics, 12 months');
      await stats.period('thisMonth').click();
      await checkScreen(page, 'statistics, this month');
      await stats.homeButton.click();

      await shell.setLanguage('en');
      await checkScreen(page, 'home in English');
      if (mode !== 'large-text') {
        await page.getByTestId('toggle-largeText').click();
        await checkScreen(page, 'home, large text');
      }
    });

    test('procedure catalogue screens', async ({ page, shell }) => {
      test.setTimeout(test.info().timeout * orientationsChecked(mode));
      await setMode(page, mode);
      await page.getByTestId('open-fields').click();
      await expect(page.getByTestId('field-tile').first()).toBeVisible();
      await checkScreen(page, 'procedures: fields');
      await page.locator('[data-testid="field-tile"][data-field="Hộ tịch"]').click();
      await expect(page.getByTestId('screen-procedures')).toBeVisible();
      await checkScreen(page, 'procedures: list');
      await page.getByTestId('screen-procedures').locator('[data-code="1.001193"]').first().click();
      await expect(page.getByTestId('screen-procedure')).toBeVisible();
      await checkScreen(page, 'procedures: detail');
      await page.getByTestId('screen-procedure').getByTestId('nav-home').click();
      await shell.expectScreen('home');
      await page.getByTestId('open-search').click();
      await expect(page.getByTestId('screen-search')).toBeVisible();
      await checkScreen(page, 'procedures: search');
    });

    // Technician mode sets a PIN: a kiosk of its own.
    test('technician mode', async ({ browser }) => {
      // Five screens checked, and the first PIN's setup code comes from the real CLI.
      test.slow();
      test.setTimeout(test.info().timeout * orientationsChecked(mode));
      const server = await startKioskServer();
      const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
      const page = await context.newPage();
      try {
        await new KioskShell(page).open(server.url);
        await setMode(page, mode);
        const tech = new TechnicianPage(page);
        await tech.openWithGesture();
        await expect(tech.setPin).toBeVisible();
        await checkScreen(page, 'technician: PIN');
        await tech.setFirstPin(server, '975310');
        await expect(tech.panel).toBeVisible();
        await checkScreen(page, 'technician: settings');
        for (const tab of ['connection', 'sync', 'scanner', 'diagnostics'] as const) {
          await tech.openTab(tab);
          await checkScreen(page, `technician: ${tab}`);
        }
      } finally {
        await context.close();
        await server.stop();
      }
    });

    test('out of service', async ({ browser }) => {
      test.setTimeout(test.info().timeout * orientationsChecked(mode));
      const server = await startKioskServer();
      // axe needs a page of its own context.
      const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
      const page = await context.newPage();
      try {
        const shell = new KioskShell(page);
        await shell.open(server.url);
        await setMode(page, mode);
        await server.stop();
        await new Scanner(page).scan(DEMO.received);
        await expect(new ErrorPage(page).of('out-of-service').root).toBeVisible();
        await checkScreen(page, 'error: out of service', 'both');
      } finally {
        await context.close();
        await server.stop();
      }
    });
  });
}

// A button enabled while someone looks (axe in a test, a technician at the kiosk) shows its colours
// at once: a fading background under white text was, for 80 ms, a pair without contrast.
test('a button that becomes enabled has its own colours at once, never a fade between two looks', async ({ page, shell }) => {
  await shell.expectScreen('home');
  const { disabled, atOnce, settled } = await page.evaluate(() => {
    const make = (isDisabled: boolean) => {
      const button = document.createElement('button');
      button.className = 'btn btn--primary';
      button.textContent = 'Xuất';
      button.disabled = isDisabled;
      document.body.append(button);
      return button;
    };
    const enabled = make(false);
    const settled = getComputedStyle(enabled).backgroundColor;
    const button = make(true);
    const disabled = getComputedStyle(button).backgroundColor;
    button.disabled = false;
    const atOnce = getComputedStyle(button).backgroundColor;
    enabled.remove();
    button.remove();
    return { disabled, atOnce, settled };
  });
  expect(disabled).not.toBe(settled);
  expect(atOnce).toBe(settled);
});
