import { expect, test } from '@playwright/test';
import { DEMO } from './fixtures.ts';
import { startKioskServer } from './kiosk-server.ts';
import type { KioskServer } from './kiosk-server.ts';
import { HomePage } from './pages/HomePage.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { ManualEntryPage } from './pages/ManualEntryPage.ts';

// A kiosk of its own, throttled as on a real site (the shared kiosks of the other specs play
// many citizens back to back and run without it).
let kiosk: KioskServer;
test.beforeAll(async () => {
  kiosk = await startKioskServer({ lookupThrottle: true });
});
test.afterAll(async () => {
  await kiosk.stop();
});

const missing = (n: number) => DEMO.missing.replace(/\d{4}$/, String(9990 + n));

test('typing codes that are not found: after a few, a short wait in Vietnamese, enforced by the host', async ({ page }) => {
  const shell = new KioskShell(page);
  await shell.open(kiosk.url);
  const home = new HomePage(page);
  const manual = new ManualEntryPage(page);
  for (let n = 0; n < 4; n++) {
    await home.openManualEntry();
    await manual.tapCode(missing(n));
    await manual.submit();
    await shell.expectScreen('not-found');
    await page.getByTestId('nav-home').click();
  }
  await home.openManualEntry();
  await manual.tapCode(DEMO.received);
  await manual.submit();
  await shell.expectScreen('wait');
  const screen = page.getByTestId('screen-wait');
  await expect(screen.getByTestId('error-title')).toHaveText('Vui lòng chờ một chút');
  await expect(screen.getByTestId('error-body')).toContainText('Máy vừa nhận nhiều mã hồ sơ liên tiếp không tìm thấy.');
  await expect(screen.getByTestId('wait-countdown')).toHaveText(/^Bạn có thể thử lại sau [1-5] giây\.$/);

  // The UI is not what enforces it: the host itself refuses a lookup sent straight to it.
  const direct = await page.request.post(`${kiosk.origin}/api/call/lookupDossier`, {
    data: { raw: DEMO.received, source: 'wedge' },
    headers: { 'Content-Type': 'application/json' },
  });
  expect((await direct.json()).result).toMatchObject({ kind: 'wait' });

  await expect(screen.getByTestId('wait-countdown')).toHaveText('Bây giờ bạn có thể nhập lại mã.', { timeout: 10_000 });
  await screen.getByTestId('nav-type-code').click();
  await manual.tapCode(DEMO.received);
  await manual.submit();
  await shell.expectScreen('result');
});
