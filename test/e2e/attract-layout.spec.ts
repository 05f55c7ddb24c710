import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../electron/db/open-database.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';
import { ORIENTATIONS } from './citizen-screenshot-tools.ts';
import { startKioskServer, type KioskServer } from './kiosk-server.ts';
import { AttractPage } from './pages/AttractPage.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { expectReadableText } from './pages/ReadableText.ts';

// A site whose kiosks show large text by default: at rest the attract screen wears it too.
let server: KioskServer;
let dir: string;
test.describe.configure({ mode: 'default' });
test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-attract-large-'));
  const dbPath = path.join(dir, 'kiosk.db');
  const db = openDatabase(dbPath);
  new SettingsStore(db).set('largeText', true);
  db.close();
  server = await startKioskServer({ dbPath });
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

for (const { name: orientation, viewport } of ORIENTATIONS) {
  test(`the attract screen in large text shows all of itself, ${orientation}: nothing cut, the start button and the scanner in view`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.clock.install();
    await new KioskShell(page).open(server.url);
    await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
    const attract = new AttractPage(page);
    await attract.fastForwardUntilShown();
    await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
    await page.evaluate(() => document.fonts.ready);

    // The attract screen covers the window and clips what does not fit: every part must lie inside it.
    const outside = await attract.root.evaluate((root) => {
      const height = root.clientHeight;
      const width = root.clientWidth;
      return [...root.querySelectorAll('*')]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.top < -0.5 || box.left < -0.5 || box.bottom > height + 0.5 || box.right > width + 0.5)
        .map(({ element, box }) => `${element.getAttribute('class') ?? element.tagName.toLowerCase()} (${Math.round(box.top)}–${Math.round(box.bottom)} of ${height})`);
    });
    expect(outside, 'parts of the attract screen outside the window').toEqual([]);
    await expect(attract.startButton).toBeInViewport({ ratio: 1 });
    await expect(attract.scannerHint).toBeInViewport({ ratio: 1 });
    await expect(attract.receiptPicture).toBeInViewport({ ratio: 1 });
    await expectReadableText(page, `attract, large text, ${orientation}`);
  });
}
