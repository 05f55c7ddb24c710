import { docScreenshot, LOOKS, openOwnKiosk, ORIENTATIONS, scrollToEnd, useLook, waitOutTapGuard } from './citizen-screenshot-tools.ts';
import { DEMO, expect, test } from './fixtures.ts';
import { startKioskServer } from './kiosk-server.ts';
import { ErrorPage } from './pages/ErrorPage.ts';
import { ProcedureSearchPage } from './pages/ProcedureSearchPage.ts';
import { RatingPanel } from './pages/RatingPanel.ts';
import { Scanner } from './pages/Scanner.ts';
import { StatisticsPage } from './pages/StatisticsPage.ts';
import { TechnicianPage } from './pages/TechnicianPage.ts';

const TECHNICIAN_PIN = '975310';

/**
 * The pictures of docs/screenshots/ (shown in the README): every screen, in portrait and
 * landscape, in the normal look, in high contrast and in large text; English in the normal look.
 */
for (const { name: orientation, viewport } of ORIENTATIONS) {
  for (const look of LOOKS) {
    test.describe(`docs screenshots, ${orientation}, ${look.name}`, () => {
      test.use({ viewport });
      const file = (screen: string) => `${screen}-${orientation}${look.suffix}`;

      test('citizen screens', async ({ page, shell, home, manual, scanner, result, errorPage }) => {
        // Some thirty screens and lookups: minutes on a loaded machine.
        test.setTimeout(480_000);
        const shot = (screen: string) => docScreenshot(page, file(screen));
        await useLook(page, look);
        await shot('home');

        if (look.suffix === '') {
          await shell.setLanguage('en');
          await shot('home-en');
          await scanner.scan(DEMO.supplement);
          await expect(result.code).toHaveText(DEMO.supplement);
          await shot('result-supplement-en');
          await result.done();
          await scanner.scan(DEMO.missing);
          await expect(errorPage.of('not-found').root).toBeVisible();
          await shot('error-not-found-en');
          await errorPage.of('not-found').homeButton.click();
          await waitOutTapGuard(page);
          await shell.setLanguage('vi');
        }

        await home.openManualEntry();
        await waitOutTapGuard(page);
        await manual.tapCode('000.00.12.H53-2611');
        await shot('manual-entry');
        await manual.backButton.click();

        await scanner.scan(DEMO.supplement);
        await expect(result.code).toHaveText(DEMO.supplement);
        await shot('result-supplement');
        await scrollToEnd(page);
        await shot('result-supplement-end');
        await result.done();

        // Each status's answer from the demo's details: fees, refusal with its reason, by post, returned.
        for (const [screen, code] of [
          ['result-pay', DEMO.payRegistrationFee],
          ['result-refused', DEMO.refused],
          ['result-post', '000.22.12.H53-261116-0008'],
          ['result-returned', '000.21.12.H53-261119-0002'],
        ] as const) {
          await scanner.scan(code);
          await expect(result.code).toHaveText(code);
          await shot(screen);
          await result.done();
        }

        await scanner.scan(DEMO.finishedEarlyCounter5);
        await expect(result.code).toHaveText(DEMO.finishedEarlyCounter5);
        await shot('result-collect');
        const rating = new RatingPanel(page);
        await rating.choice('very-satisfied').click();
        await rating.reason('helpful-staff').click();
        await expect(rating.status).toHaveAttribute('data-state', 'saved');
        await rating.root.scrollIntoViewIfNeeded();
        await scrollToEnd(page);
        await shot('rating');
        await result.done();

        await scanner.scan(DEMO.inProgressOverdue);
        await expect(result.code).toHaveText(DEMO.inProgressOverdue);
        await rating.choice('not-satisfied').click();
        await rating.reason('late').click();
        await expect(rating.status).toHaveAttribute('data-state', 'saved');
        await scrollToEnd(page);
        await shot('rating-not-satisfied');
        await result.done();

        for (const [screen, raw, kind] of [
          ['error-unreadable', 'HELLO-KIOSK-TEST', 'unreadable'],
          ['error-not-found', DEMO.missing, 'not-found'],
          ['error-other-agency', DEMO.otherAgency, 'other-agency'],
        ] as const) {
          await scanner.scan(raw);
          await expect(errorPage.of(kind).root).toBeVisible();
          await shot(screen);
          await errorPage.of(kind).homeButton.click();
        }

        const stats = new StatisticsPage(page);
        await waitOutTapGuard(page);
        await StatisticsPage.openButton(page).click();
        await expect(stats.canvas('agencies')).toBeVisible();
        await shot('statistics');
        await scrollToEnd(page);
        await shot('statistics-charts');
        await waitOutTapGuard(page);
        await stats.period('thisMonth').click();
        await expect(stats.period('thisMonth')).toHaveAttribute('aria-pressed', 'true');
        await stats.homeButton.click();
      });

      test('procedure catalogue screens', async ({ page, shell }) => {
        test.setTimeout(240_000);
        const search = new ProcedureSearchPage(page);
        const shot = (screen: string) => docScreenshot(page, file(screen));
        await useLook(page, look);
        await page.getByTestId('open-fields').click();
        await expect(page.getByTestId('field-tile').first()).toBeVisible();
        await shot('procedures-fields');
        await waitOutTapGuard(page);
        await page.locator('[data-testid="field-tile"][data-field="Hộ tịch"]').click();
        await expect(page.getByTestId('screen-procedures')).toBeVisible();
        await shot('procedures-list');
        await waitOutTapGuard(page);
        await page.getByTestId('screen-procedures').locator('[data-code="1.001193"]').first().click();
        await expect(page.getByTestId('screen-procedure')).toBeVisible();
        await shot('procedures-detail');
        await waitOutTapGuard(page);
        await page.getByTestId('screen-procedure').getByTestId('nav-home').click();
        await shell.expectScreen('home');
        await waitOutTapGuard(page);
        await page.getByTestId('open-search').click();
        await expect(page.getByTestId('screen-search')).toBeVisible();
        await shot('procedures-search');
        await waitOutTapGuard(page);
        await search.tapText('khai sinh');
        // The answer to the whole query, not to the letters typed before it.
        await expect(search.results.first()).toHaveAttribute('data-code', '1.001193');
        await shot('procedures-search-results');
        if (look.suffix === '') {
          await shell.setLanguage('en');
          await search.results.first().click();
          await expect(page.getByTestId('screen-procedure')).toBeVisible();
          await shot('procedures-detail-en');
        }
      });

      // Technician mode sets a PIN: a kiosk of its own.
      test('technician mode', async ({ browser }) => {
        // The first PIN's setup code comes from the real CLI.
        test.setTimeout(300_000);
        const server = await startKioskServer();
        const { context, page } = await openOwnKiosk(browser, server.url, viewport, look);
        try {
          const tech = new TechnicianPage(page);
          await tech.openWithGesture();
          await expect(tech.setPin).toBeVisible();
          await docScreenshot(page, file('technician-pin'));
          await tech.setFirstPin(server, TECHNICIAN_PIN);
          await expect(tech.panel).toBeVisible();
          await docScreenshot(page, file('technician-settings'));
          for (const tab of ['connection', 'sync', 'scanner', 'diagnostics'] as const) {
            await tech.openTab(tab);
            await docScreenshot(page, file(`technician-${tab}`));
          }
          await tech.exit();
        } finally {
          await context.close();
          await server.stop();
        }
      });

      test('out of service', async ({ browser }) => {
        const server = await startKioskServer();
        const { context, page } = await openOwnKiosk(browser, server.url, viewport, look);
        try {
          await server.stop();
          await new Scanner(page).scan(DEMO.received);
          await expect(new ErrorPage(page).of('out-of-service').root).toBeVisible();
          await docScreenshot(page, file('error-out-of-service'));
        } finally {
          await context.close();
          await server.stop();
        }
      });
    });
  }
}
