import type { CallResponse, KioskBridge } from '../../shared/contract/index.ts';
import { expect, test } from './fixtures.ts';
import { DEMO } from './fixtures.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { ErrorPage } from './pages/ErrorPage.ts';
import { ResultPage } from './pages/ResultPage.ts';
import { Scanner } from './pages/Scanner.ts';

type BridgeWindow = Window & { kioskBridge?: KioskBridge; __bridgeCalls?: string[]; __bridgeDown?: boolean };

/**
 * In Electron the preload puts `window.kioskBridge` on the page and the UI talks IPC through
 * it. Here a stand-in bridge relays to the loopback host, so the same built UI shows that it
 * prefers the bridge, and what it does when the bridge has no host behind it.
 */
test.describe('IPC transport (window.kioskBridge)', () => {
  test.beforeEach(async ({ page, kiosk }) => {
    // Authorise the browser first (cookie), then load the page with the bridge in place.
    await page.goto(kiosk.url);
    await page.addInitScript(() => {
      const w = window as BridgeWindow;
      w.__bridgeCalls = [];
      w.kioskBridge = {
        async call(method: string, input: unknown) {
          w.__bridgeCalls!.push(method);
          if (w.__bridgeDown) return { ok: false, error: { code: 'internal', message: 'The kiosk host did not answer.' } };
          const response = await fetch(`/api/call/${method}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(input),
          });
          return (await response.json()) as CallResponse;
        },
        onEvent: () => () => undefined,
      };
    });
  });

  test('the UI uses the bridge when the preload provides one', async ({ page }) => {
    await page.reload();
    const shell = new KioskShell(page);
    await shell.expectScreen('home');
    await new Scanner(page).scan(DEMO.supplement);
    await shell.expectScreen('result');
    await expect(new ResultPage(page).code).toHaveText(DEMO.supplement);
    const calls = await page.evaluate(() => (window as BridgeWindow).__bridgeCalls);
    // Every call went over the bridge: the start-up's kiosk info and speech check, then the lookup.
    expect([...(calls ?? [])].sort()).toEqual(['getKioskInfo', 'hostSpeechAvailable', 'lookupDossier']);
  });

  test('a host that does not answer at start-up gives "out of service" with a retry', async ({ page }) => {
    await page.addInitScript(() => {
      (window as BridgeWindow).__bridgeDown = true;
    });
    await page.reload();
    const shell = new KioskShell(page);
    await shell.expectScreen('failed');
    const screen = new ErrorPage(page).of('out-of-service');
    await expect(screen.title).toHaveText('Máy tạm ngưng phục vụ');
    // The code is for the technician (an attribute); the citizen reads a sentence.
    await expect(screen.failureCode).toHaveAttribute('data-code', 'host-error:internal');
    await page.evaluate(() => {
      (window as BridgeWindow).__bridgeDown = false;
    });
    await screen.retryButton.click();
    await shell.expectScreen('home');
  });
});
