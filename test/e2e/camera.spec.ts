import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { runKioskCliAsync } from '../support/run-kiosk-cli.ts';
import { barcodeReceipt, blurred, dimmed, emptyView, fullReceipt, qrReceipt } from '../support/camera/receipt-frames.ts';
import { launchWithCamera, recordScreens } from './camera-scanner.ts';
import type { Shot } from './camera-scanner.ts';
import { DEMO } from './fixtures.ts';
import { startKioskServer } from './kiosk-server.ts';
import type { KioskServer } from './kiosk-server.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { ResultPage } from './pages/ResultPage.ts';
import { TechnicianPage } from './pages/TechnicianPage.ts';

// A kiosk whose scanner source is the camera, for this file alone.
let kiosk: KioskServer;
let dir: string;
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);
test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-camera-db-'));
  const db = path.join(dir, 'kiosk.db');
  for (const [key, value] of [
    ['scannerSource', 'camera'],
    ['scannerCameraResolution', '1280x720'],
  ]) {
    const set = await runKioskCliAsync(['config', 'set', key!, value!, '--db', db]);
    expect(set.status, set.stderr).toBe(0);
  }
  kiosk = await startKioskServer({ dbPath: db });
});
test.afterAll(async () => {
  await kiosk?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const VGA = { width: 640, height: 480 };
const HD = { width: 1280, height: 720 };

/** Opens the kiosk in a Chromium whose camera plays `shots`; the preview shows the camera running. */
async function kioskWithCamera(shots: Shot[]) {
  const camera = await launchWithCamera(shots);
  const shell = new KioskShell(camera.page);
  await shell.open(kiosk.url);
  // A quiet machine decodes the first frame so fast that the answer may already have replaced home's preview.
  await camera.page.waitForFunction(
    () =>
      document.querySelector('[data-testid="camera-preview"]')?.getAttribute('data-state') === 'running' ||
      document.querySelector('[data-testid="kiosk-app"]')?.getAttribute('data-screen') === 'result',
    null,
    { timeout: 30_000 },
  );
  return { ...camera, shell, result: new ResultPage(camera.page) };
}

/** Lookups the kiosk made from camera scans (renderer/metrics/kiosk-metrics.ts keeps their timing, not their codes). */
const lookupsMade = (page: Page) =>
  page.evaluate(() => (window as unknown as { __kioskMetrics?: { lookups: { source: string }[] } }).__kioskMetrics?.lookups.filter((l) => l.source === 'camera').length ?? 0);

test('home shows the camera preview where to hold the receipt; a tilted QR code holding a lookup URL opens its result', async () => {
  const { page, shell, result, close } = await kioskWithCamera([
    { frame: emptyView(VGA), seconds: 5 },
    { frame: qrReceipt(DEMO.received, VGA, 20), seconds: 3 },
  ]);
  try {
    await expect(page.getByTestId('camera-preview')).toContainText('Đưa mã QR hoặc mã vạch');
    await expect(page.getByTestId('camera-preview').locator('video')).toBeVisible();
    await shell.expectScreen('result', { timeout: 30_000 });
    await expect(result.code).toContainText(DEMO.received);
  } finally {
    await close();
  }
});

test('a dim Code 128 barcode at 1280x720 opens its result', async () => {
  const { shell, result, close } = await kioskWithCamera([
    { frame: emptyView(HD), seconds: 1 },
    { frame: dimmed(barcodeReceipt(DEMO.supplement, HD, 3)), seconds: 2 },
  ]);
  try {
    await shell.expectScreen('result', { timeout: 30_000 });
    await expect(result.code).toContainText(DEMO.supplement);
  } finally {
    await close();
  }
});

test('a slightly blurred QR code opens its result', async () => {
  const { shell, result, close } = await kioskWithCamera([
    { frame: emptyView(HD), seconds: 1 },
    { frame: blurred(qrReceipt(DEMO.finishedLate, HD), 1), seconds: 2 },
  ]);
  try {
    await shell.expectScreen('result', { timeout: 30_000 });
    await expect(result.code).toContainText(DEMO.finishedLate);
  } finally {
    await close();
  }
});

test('a code blurred past reading shows nothing wrong: the home screen stays until a readable code comes', async () => {
  const { page, shell, result, close } = await kioskWithCamera([
    { frame: blurred(qrReceipt(DEMO.refused, VGA), 10), seconds: 5 },
    { frame: qrReceipt(DEMO.inProgressOverdue, VGA, -10), seconds: 3 },
  ]);
  try {
    const screensSeen = await recordScreens(page);
    await shell.expectScreen('result', { timeout: 30_000 });
    await expect(result.code).toContainText(DEMO.inProgressOverdue);
    expect(await screensSeen()).toEqual(['home', 'result']);
  } finally {
    await close();
  }
});

test('a receipt held in view with its QR code and barcode is one lookup, however many frames read it', async () => {
  const { page, shell, result, close } = await kioskWithCamera([{ frame: fullReceipt(DEMO.payRegistrationFee, HD, 4), seconds: 2 }]);
  try {
    await shell.expectScreen('result', { timeout: 30_000 });
    await expect(result.code).toContainText(DEMO.payRegistrationFee);
    // Several seconds more of the same receipt in view (the video loops): still one lookup.
    await page.waitForTimeout(4000);
    expect(await lookupsMade(page)).toBe(1);
  } finally {
    await close();
  }
});

test('technician mode: the citizens’ camera is off; the scanner page previews the chosen camera with what it decodes, picks a camera and a resolution', async () => {
  const { page, shell, result, close } = await kioskWithCamera([{ frame: qrReceipt(DEMO.refused, VGA, 5), seconds: 2 }]);
  try {
    await shell.expectScreen('result', { timeout: 30_000 });
    await result.done();
    // The receipt is still in view: no second lookup, the kiosk stays home.
    await shell.expectScreen('home');
    const tech = new TechnicianPage(page);
    await tech.openWithGesture();
    await tech.setFirstPin(kiosk, '246813');
    await expect(tech.panel).toBeVisible();
    // Technician mode released the citizens' camera: no preview and no lookup behind the panel.
    await expect(page.getByTestId('camera-preview')).toHaveCount(0);
    await tech.openTab('scanner');
    const section = page.getByTestId('camera-section');
    await expect(page.getByTestId('scanner-source')).toHaveAttribute('data-source', 'camera');
    await section.getByTestId('camera-preview-toggle').click();
    await expect(section.getByTestId('camera-tech-preview')).toHaveAttribute('data-state', 'running', { timeout: 30_000 });
    await expect(section.locator('video')).toBeVisible();
    await expect(section.getByTestId('camera-decoded')).toContainText(DEMO.refused, { timeout: 30_000 });
    // Chromium's fake camera is listed by name once a camera has been opened; choosing it and a resolution saves both.
    await section.getByTestId('camera-devices').getByRole('button').first().click();
    await expect(section.getByTestId('camera-devices').locator('li[data-chosen="true"]')).not.toContainText('Camera đầu tiên');
    await section.getByTestId('camera-resolution').getByRole('radio', { name: '640×480' }).click();
    await expect(section.getByTestId('camera-resolution').getByRole('radio', { name: '640×480' })).toHaveAttribute('aria-checked', 'true');
    await section.getByTestId('camera-preview-toggle').click();
    await expect(section.getByTestId('camera-tech-preview')).toHaveCount(0);
    // Only the citizen's scan before technician mode was looked up.
    expect(await lookupsMade(page)).toBe(1);
  } finally {
    await close();
  }
});

test('with no camera connected, home says so in Vietnamese and points to the keypad', async ({ browser }) => {
  // Playwright's own Chromium here has no camera at all (no fake device).
  const page = await browser.newPage();
  try {
    await new KioskShell(page).open(kiosk.url);
    const preview = page.getByTestId('camera-preview');
    await expect(preview).toHaveAttribute('data-state', 'problem', { timeout: 30_000 });
    await expect(preview).toContainText('Camera đang không hoạt động. Xin bấm “Nhập mã hồ sơ” để nhập mã.');
  } finally {
    await page.close();
  }
});
