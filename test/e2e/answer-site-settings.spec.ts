import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DEMO } from './fixtures.ts';
import { usePrivateKiosk } from './private-kiosk.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { Scanner } from './pages/Scanner.ts';
import { TechnicianPage } from './pages/TechnicianPage.ts';

const PIN = '246813';

// Changes the site's settings: a kiosk (and database) of its own, so no other spec sees them.
const kiosk = usePrivateKiosk();

async function open(page: Page) {
  const shell = new KioskShell(page);
  await shell.open(kiosk().url);
  return { shell, tech: new TechnicianPage(page), scanner: new Scanner(page) };
}

test('the hotline and the receipt printer set in technician mode are validated and reach the citizen’s answer without a restart', async ({ page }) => {
  // Technician mode, two settings typed on the on-screen keyboard, a print: over a minute on a loaded 2-core machine.
  test.slow();
  const { shell, tech, scanner } = await open(page);
  await scanner.scan(DEMO.received);
  await shell.expectScreen('result');
  await expect(page.getByTestId('screen-result').getByTestId('help-hotline')).toHaveText('Đường dây nóng: 0300 000 111');
  await expect(page.getByTestId('print-answer')).toHaveCount(0);
  await page.getByTestId('nav-home').tap();
  await shell.expectScreen('home');

  await tech.openWithGesture();
  await tech.setFirstPin(kiosk(), PIN);
  await expect(tech.panel).toBeVisible();
  await tech.openTab('settings');

  // Not a phone number: refused, naming the setting, and the old number stays.
  await tech.typeSetting('hotline', '12');
  await expect(tech.settingStatus('hotline')).toContainText('Số điện thoại đường dây nóng');
  await expect(tech.settingStatus('hotline')).toContainText('1900 1234');
  await page.getByTestId('tech-cancel-hotline').tap();
  await expect(page.getByTestId('tech-value-hotline')).toHaveText('0300 000 111');

  await tech.typeSetting('hotline', '1900 1234');
  await expect(tech.settingStatus('hotline')).toHaveText('Đã lưu “Số điện thoại đường dây nóng”.');
  // Not a printer address: refused, naming the setting and the forms an address takes.
  await tech.typeSetting('receiptPrinter', 'lp0');
  await expect(tech.settingStatus('receiptPrinter')).toContainText('tcp://host[:9100]');
  await page.getByTestId('tech-cancel-receiptPrinter').tap();
  await tech.typeSetting('receiptPrinter', '/dev/usb/lp0');
  await expect(tech.settingStatus('receiptPrinter')).toHaveText('Đã lưu “Máy in phiếu”.');
  await tech.exit();
  await shell.expectScreen('home');

  await scanner.scan(DEMO.received);
  await shell.expectScreen('result');
  await expect(page.getByTestId('screen-result').getByTestId('help-hotline')).toHaveText('Đường dây nóng: 1900 1234');
  // The printer is configured, so "Print" is offered; with no printer on that device the kiosk says it printed nothing.
  await page.getByTestId('print-answer').tap();
  await expect(page.getByTestId('print-status')).toContainText('Không kết nối được máy in nên chưa in được.', { timeout: 60_000 });
  await expect(page.getByTestId('print-status')).toHaveAttribute('data-state', 'not-available');
});
