import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../electron/db/open-database.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';
import { VirtualTcpPrinter } from '../support/virtual-printer.ts';
import { docScreenshot, LOOKS, openOwnKiosk, ORIENTATIONS, scrollToEnd, waitOutTapGuard } from './citizen-screenshot-tools.ts';
import { DEMO } from './fixtures.ts';
import { startKioskServer, type KioskServer } from './kiosk-server.ts';
import { DEMO_PROCEDURES } from './pages/ProcedureFixtures.ts';
import { Scanner } from './pages/Scanner.ts';

// A receipt printer (a loopback ESC/POS listener) for the print buttons.
const printer = new VirtualTcpPrinter();
test.beforeAll(async () => {
  await printer.start();
});
test.afterAll(async () => {
  await printer.stop();
});

/**
 * A site with the printer and the lookup throttle a real site runs (the short wait after several
 * codes that are not found; its count doubles the wait and lasts until the kiosk is idle, so each
 * test starts a kiosk of its own).
 */
function startSiteKiosk(): Promise<KioskServer> {
  const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'kiosk-site-screenshots-')), 'kiosk.db');
  const db = openDatabase(dbPath);
  new SettingsStore(db).set('receiptPrinter', printer.uri);
  db.close();
  return startKioskServer({ dbPath, lookupThrottle: true });
}

/** Codes of a served agency that are not in the cache, a different one each time. */
let misses = 0;
const nextMissing = () => DEMO.missing.replace(/\d{4}$/, String(9000 + misses++));

for (const { name: orientation, viewport } of ORIENTATIONS) {
  for (const look of LOOKS) {
    test(`docs screenshots of a site with a printer, ${orientation}, ${look.name}`, async ({ browser }) => {
      test.slow();
      const file = (screen: string) => `${screen}-${orientation}${look.suffix}`;
      const server = await startSiteKiosk();
      const { context, page, shell } = await openOwnKiosk(browser, server.url, viewport, look);
      try {
        const scanner = new Scanner(page);

        await scanner.scan(DEMO.finishedEarlyCounter5);
        await shell.expectScreen('result');
        await page.getByTestId('print-answer').tap();
        await expect(page.getByTestId('print-status')).toHaveAttribute('data-state', 'printed', { timeout: 60_000 });
        await docScreenshot(page, file('result-print'));
        await page.getByTestId('nav-home').tap();
        await waitOutTapGuard(page);

        await page.getByTestId('open-fields').tap();
        await waitOutTapGuard(page);
        await page.locator(`[data-testid="field-tile"][data-field="${DEMO_PROCEDURES.birth.field}"]`).tap();
        await waitOutTapGuard(page);
        await page.getByTestId('screen-procedures').locator(`[data-code="${DEMO_PROCEDURES.birth.code}"]`).first().tap();
        await expect(page.getByTestId('print-procedure')).toBeVisible();
        await scrollToEnd(page);
        await docScreenshot(page, file('procedures-detail-print'));
        await page.getByTestId('screen-procedure').getByTestId('nav-home').tap();

        // The host's throttle counts the misses of the whole kiosk: scan until it asks for a wait.
        await expect
          .poll(
            async () => {
              await scanner.scan(nextMissing());
              await expect(shell.app).toHaveAttribute('data-screen', /^(not-found|wait)$/);
              const screen = await shell.app.getAttribute('data-screen');
              if (screen === 'not-found') await page.getByTestId('nav-home').tap();
              return screen;
            },
            { timeout: 60_000 },
          )
          .toBe('wait');
        await docScreenshot(page, file('error-wait'));
      } finally {
        await context.close();
        await server.stop();
      }
    });
  }
}
