import net from 'node:net';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { usePrivateKiosk } from './private-kiosk.ts';
import { HomePage } from './pages/HomePage.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { TechnicianPage } from './pages/TechnicianPage.ts';

const PIN = '246813';

/** A port where nothing listens: the "stopped district server". */
async function stoppedServerPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// Technician mode changes the kiosk's settings: it gets a kiosk (and database) of its own,
// so no other spec sees an English default or another idle timeout.
const kiosk = usePrivateKiosk();

async function open(page: Page) {
  const shell = new KioskShell(page);
  await shell.open(kiosk().url);
  return { shell, tech: new TechnicianPage(page), home: new HomePage(page) };
}

/** axe-core on what is on screen: no serious or critical violation. */
async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="screen-technician"]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function kioskInfo(page: Page): Promise<{ idleTimeoutSec: number; defaultLanguage: string }> {
  const response = await page.request.post(`${kiosk().origin}/api/call/getKioskInfo`, { data: {}, headers: { 'Content-Type': 'application/json' } });
  return (await response.json()).result;
}

test('a citizen’s taps elsewhere do not open technician mode; the technician API refuses a UI without the PIN', async ({ page }) => {
  const { shell } = await open(page);
  for (let i = 0; i < 5; i++) await page.getByTestId('scan-prompt').tap();
  await shell.expectScreen('home');
  const refused = await page.request.post(`${kiosk().origin}/api/call/technicianSetSetting`, {
    data: { session: 'A'.repeat(43), key: 'idleTimeoutSec', value: 30 },
    headers: { 'Content-Type': 'application/json' },
  });
  expect(refused.status()).toBe(401);
  expect((await kioskInfo(page)).idleTimeoutSec).toBe(90);
});

test('first run: the gesture asks for the setup code from a shell, then a new PIN twice', async ({ page }) => {
  const { shell, tech } = await open(page);
  await tech.openWithGesture();
  await expect(shell.app).toHaveAttribute('data-screen', 'technician');
  await expect(tech.setPin).toBeVisible();
  await expect(tech.setPin).toHaveAttribute('data-step', 'setup-code');
  await expect(tech.setPin).toContainText('Máy chưa có mã PIN');
  // Nobody ran `kiosk config reset-pin` yet: a passer-by who taps the corner cannot choose a PIN.
  await expect(tech.pinMessage).toHaveText(
    'Chưa có mã thiết lập. Cán bộ kỹ thuật chạy lệnh “receipt-kiosk config reset-pin” trên máy kiosk để nhận mã, hoặc đặt mã PIN bằng lệnh “receipt-kiosk config set-pin”.',
  );
  await tech.typePin('0000000000');
  await tech.typePin(PIN);
  await tech.typePin(PIN);
  await expect(tech.pinMessage).toHaveText(/^Chưa có mã thiết lập\./);
  await expect(tech.setPin).toHaveAttribute('data-step', 'setup-code');

  const code = await kiosk().issueSetupCode();
  await tech.typePin('12345');
  await expect(tech.pinMessage).toHaveText('Mã thiết lập gồm đúng 10 chữ số.');
  await tech.typePin(code === '1357924680' ? '1357924681' : '1357924680');
  await tech.typePin(PIN);
  await tech.typePin(PIN);
  await expect(tech.pinMessage).toHaveText('Mã thiết lập không đúng. Còn 4 lần thử.');
  await tech.typePin(code);
  await expect(tech.setPin).toHaveAttribute('data-step', 'new');
  await tech.typePin('123456');
  await tech.typePin('123456');
  await expect(tech.pinMessage).toHaveText('Mã PIN quá dễ đoán (ví dụ 111111 hoặc 123456). Vui lòng chọn mã khác.');
  await tech.typePin(PIN);
  await tech.typePin(PIN);
  await expect(tech.panel).toBeVisible();
  await tech.exit();
  await shell.expectScreen('home');
});

test('open with the gesture and the PIN, change the idle timeout and the language, test a stopped server, leave', async ({ page }) => {
  const { shell, tech, home } = await open(page);
  await tech.openWithGesture();
  await expect(tech.enterPin).toBeVisible();
  await tech.typePin('999999');
  await expect(tech.pinMessage).toHaveText('Mã PIN không đúng. Còn 4 lần thử.');
  await tech.typePin(PIN);
  await expect(tech.panel).toBeVisible();

  // Idle timeout 90 s → 60 s (three steps of 10 s), applied without a restart.
  await expect(page.getByTestId('tech-value-idleTimeoutSec')).toHaveText('90 giây');
  await tech.stepSetting('idleTimeoutSec', -3);
  await expect(tech.settingStatus('idleTimeoutSec')).toHaveText('Đã lưu “Thời gian chờ trước khi về màn hình chính”.');
  await expect(page.getByTestId('tech-value-idleTimeoutSec')).toHaveText('60 giây');
  expect((await kioskInfo(page)).idleTimeoutSec).toBe(60);

  // Default language: English.
  await tech.chooseOption('defaultLanguage', 'en');
  await expect(tech.settingStatus('defaultLanguage')).toHaveText('Đã lưu “Ngôn ngữ mặc định”.');
  expect((await kioskInfo(page)).defaultLanguage).toBe('en');

  // The district server is stopped: the test names the refusal in plain words.
  const port = await stoppedServerPort();
  await tech.openTab('connection');
  await tech.typeSetting('districtServerUrl', `http://127.0.0.1:${port}`);
  await expect(tech.settingStatus('districtServerUrl')).toHaveText('Đã lưu “Địa chỉ máy chủ huyện”.');
  await tech.testConnection();
  await expect(tech.connectionResult).toHaveAttribute('data-kind', 'refused');
  await expect(tech.connectionMessage).toHaveText(`Máy chủ 127.0.0.1 từ chối kết nối ở cổng ${port}: không có dịch vụ nào đang chạy ở địa chỉ này.`);
  await expect(tech.connectionResult).toContainText('Cách khắc phục:');

  // Leaving technician mode starts afresh for the next citizen, in the new default language.
  await tech.exit();
  await shell.expectScreen('home');
  await expect(home.prompt).toHaveText('Hold the barcode or QR code on your receipt under the scanner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a bad value is refused with a message naming the setting, and the old value stays', async ({ page }) => {
  const { tech } = await open(page);
  await tech.openWithGesture();
  await tech.typePin(PIN);
  await tech.openTab('connection');
  await tech.typeSetting('kioskId', 'kiosk 07');
  await expect(tech.settingStatus('kioskId')).toContainText('Could not save “Kiosk id”');
  await expect(tech.settingStatus('kioskId')).toContainText('The old value is kept.');
  await page.getByTestId('tech-cancel-kioskId').tap();
  await expect(page.getByTestId('tech-value-kioskId')).toHaveText(/^kiosk-[0-9a-f]{8}$/);
  await tech.exit();
});

test('another server host removes the token and says so; plain http:// to another machine is refused', async ({ page }) => {
  const { shell, tech } = await open(page);
  await shell.setLanguage('vi');
  await tech.openWithGesture();
  // Run on its own (--grep), this kiosk has no PIN yet.
  await expect(tech.setPin.or(tech.enterPin)).toBeVisible();
  if (await tech.setPin.isVisible()) await tech.setFirstPin(kiosk(), PIN);
  else await tech.typePin(PIN);
  await tech.openTab('connection');
  await tech.typeSetting('districtServerUrl', 'https://dongbo.travinh.gov.vn');
  await tech.typeSetting('token', 'tokencuamaychumot');
  await expect(page.getByTestId('tech-token-state')).toHaveText('Đã có token');

  await tech.typeSetting('districtServerUrl', 'https://dongbo.vinhlong.gov.vn');
  await expect(page.getByTestId('tech-status-token')).toHaveText(
    'Đã đổi sang máy chủ khác: token của máy chủ cũ đã bị xóa để không bị gửi tới máy chủ mới. Hãy nhập token của máy chủ mới.',
  );
  await expect(page.getByTestId('tech-token-state')).toHaveText('Chưa có token');

  await tech.typeSetting('districtServerUrl', 'http://dongbo.vinhlong.gov.vn');
  await expect(tech.settingStatus('districtServerUrl')).toContainText('hãy dùng địa chỉ https:// của máy chủ: chỉ được dùng http:// cho chính máy này (localhost)');
  await page.getByTestId('tech-cancel-districtServerUrl').tap();
  await expect(page.getByTestId('tech-value-districtServerUrl')).toHaveText('https://dongbo.vinhlong.gov.vn');
  await tech.exit();
});

const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;

for (const { name, viewport } of ORIENTATIONS) {
  test(`screenshots and touch targets, ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const { shell, tech } = await open(page);
    const shot = (screen: string) => shell.screenshot(`technician-${screen}-${name}`);
    await shell.setLanguage('vi');
    await tech.openWithGesture();
    await expect(tech.setPin.or(tech.enterPin)).toBeVisible();
    if (await tech.setPin.isVisible()) {
      // Run on its own (--grep): this kiosk has no PIN yet.
      await tech.setFirstPin(kiosk(), PIN);
      await tech.exit();
      await tech.openWithGesture();
    }
    await tech.typePin('1');
    await expect(tech.pinMessage).toHaveText(/^Mã PIN không đúng\. Còn \d lần thử\.$/);
    await shot('pin');
    await tech.expectTouchTargets();
    await page.getByTestId('tech-pin-clear').tap();
    await tech.typePin(PIN);
    await expect(tech.panel).toBeVisible();
    await shot('settings');
    await tech.expectTouchTargets();
    await expectAccessible(page);
    await page.getByTestId('tech-setting-scannerSource').scrollIntoViewIfNeeded();
    await shot('settings-scanner');

    await tech.openTab('connection');
    await tech.testConnection();
    await shot('connection');
    await tech.expectTouchTargets();
    await expectAccessible(page);
    await page.getByTestId('tech-edit-districtServerUrl').tap();
    await shot('keyboard');
    await tech.expectTouchTargets();
    await page.getByTestId('tech-cancel-districtServerUrl').tap();

    await tech.openTab('sync');
    await page.getByTestId('tech-sync-now').tap();
    await expect(page.getByTestId('tech-sync-progress')).not.toBeEmpty();
    await shot('sync');
    await tech.expectTouchTargets();

    await tech.openTab('scanner');
    await shot('scanner-tab');

    await tech.openTab('diagnostics');
    await page.getByTestId('tech-run-checks').tap();
    await expect(page.getByTestId('tech-checks')).toBeVisible({ timeout: 15_000 });
    await shot('diagnostics');
    await tech.expectTouchTargets();
    await expectAccessible(page);

    await shell.setLanguage('en');
    await tech.openTab('settings');
    await shot('settings-en');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await tech.exit();
  });
}
