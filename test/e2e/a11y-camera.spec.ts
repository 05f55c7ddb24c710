import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runKioskCliAsync } from '../support/run-kiosk-cli.ts';
import { emptyView } from '../support/camera/receipt-frames.ts';
import { checkScreen, MODES, orientationsChecked, setMode } from './a11y-checks.ts';
import { launchWithCamera } from './camera-scanner.ts';
import { startKioskServer } from './kiosk-server.ts';
import type { KioskServer } from './kiosk-server.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { TechnicianPage } from './pages/TechnicianPage.ts';

/** The screens only a kiosk whose scanner is the camera shows: home's preview and technician mode's camera page. */
let kiosk: KioskServer;
let dir: string;
test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-a11y-camera-'));
  const db = path.join(dir, 'kiosk.db');
  const set = await runKioskCliAsync(['config', 'set', 'scannerSource', 'camera', '--db', db]);
  expect(set.status, set.stderr).toBe(0);
  kiosk = await startKioskServer({ dbPath: db });
});
test.afterAll(async () => {
  await kiosk?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("accessibility of the camera's screens in every mode: home's preview, the technician camera page and its running preview", async () => {
  // One browser with a fake camera for every mode (a browser start costs seconds); three screens a mode.
  test.setTimeout(MODES.reduce((sum, mode) => sum + 90_000 * orientationsChecked(mode), 0));
  const camera = await launchWithCamera([{ frame: emptyView({ width: 640, height: 480 }), seconds: 2 }]);
  const page = camera.page;
  const tech = new TechnicianPage(page);
  try {
    await new KioskShell(page).open(kiosk.url);
    for (const [i, mode] of MODES.entries()) {
      await expect(page.getByTestId('camera-preview')).toHaveAttribute('data-state', 'running', { timeout: 30_000 });
      await setMode(page, mode);
      await checkScreen(page, `home, camera preview, ${mode}`);
      await tech.openWithGesture();
      if (i === 0) await tech.setFirstPin(kiosk, '864209');
      else await tech.typePin('864209');
      await expect(tech.panel).toBeVisible();
      await tech.openTab('scanner');
      const section = page.getByTestId('camera-section');
      await expect(section).toBeVisible();
      await checkScreen(page, `technician: scanner, camera, ${mode}`);
      await section.getByTestId('camera-preview-toggle').click();
      await expect(section.getByTestId('camera-tech-preview')).toHaveAttribute('data-state', 'running', { timeout: 30_000 });
      await checkScreen(page, `technician: scanner, camera preview running, ${mode}`);
      await tech.exit();
    }
  } finally {
    await camera.close();
  }
});
