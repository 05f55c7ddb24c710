import { expect, test } from '@playwright/test';
import type { KioskServer } from './kiosk-server.ts';
import { startKioskWithDistrict } from './kiosk-with-district.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { TechnicianPage } from './pages/TechnicianPage.ts';

const TOKEN = 'e2e-protocol-token-0123456789';
const PIN = '246813';

/**
 * Technician mode, Connection tab: the server protocol is a choice applied at once; with the
 * national protocol a lookup-only server passes the connection test, and the Sync tab says the
 * server is lookup-only.
 */
test.describe('the district server protocol in technician mode', () => {
  test.describe.configure({ mode: 'serial' });
  let kiosk: KioskServer;
  let stop: () => Promise<void>;

  test.beforeAll(async () => {
    ({ kiosk, stop } = await startKioskWithDistrict({ dossiers: 20, token: TOKEN, format: 'national', lookupOnly: true }));
  });

  test.afterAll(async () => {
    await stop?.();
  });

  test('choosing the national protocol: the test passes on a lookup-only server, and the Sync tab says so', async ({ page }) => {
    await new KioskShell(page).open(kiosk.url);
    const tech = new TechnicianPage(page);
    await tech.openWithGesture();
    await tech.setFirstPin(kiosk, PIN);
    await tech.openTab('connection');

    await tech.testConnection();
    await expect(tech.connectionResult).toHaveAttribute('data-kind', 'not-kiosk-server');

    await expect(page.getByTestId('tech-option-districtProtocol-kiosk')).toHaveText('Giao thức máy tra cứu');
    await tech.chooseOption('districtProtocol', 'national');
    await expect(tech.settingStatus('districtProtocol')).toHaveText('Đã lưu “Giao thức máy chủ”.');
    await tech.testConnection();
    await expect(tech.connectionResult).toHaveAttribute('data-ok', 'true');

    await tech.openTab('sync');
    await page.getByTestId('tech-sync-now').tap();
    await expect(page.getByTestId('tech-sync-lookup-only')).toHaveText(
      'Máy chủ chỉ cho tra cứu: không có luồng thay đổi, nên mỗi lần quét mã máy tra cứu hỏi trực tiếp máy chủ và trả lời từ những hồ sơ đã tra trước đó.',
      { timeout: 30_000 },
    );
  });
});
