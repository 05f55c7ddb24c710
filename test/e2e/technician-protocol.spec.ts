import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../electron/db/open-database.ts';
import { SecretStore } from '../../electron/settings/secret-store.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';
import { startDistrictSim } from '../district-sim/index.ts';
import type { DistrictSim } from '../district-sim/index.ts';
import { startKioskServer } from './kiosk-server.ts';
import type { KioskServer } from './kiosk-server.ts';
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
  let sim: DistrictSim;
  let kiosk: KioskServer;
  let dir: string;

  test.beforeAll(async () => {
    sim = await startDistrictSim({ dossiers: 20, token: TOKEN, format: 'national', lookupOnly: true });
    dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-protocol-'));
    const dbPath = path.join(dir, 'kiosk.db');
    const db = openDatabase(dbPath);
    new SettingsStore(db).set('districtServerUrl', sim.url);
    new SecretStore(db).set('districtToken', TOKEN);
    db.close();
    kiosk = await startKioskServer({ dbPath });
  });

  test.afterAll(async () => {
    await kiosk?.stop();
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
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
