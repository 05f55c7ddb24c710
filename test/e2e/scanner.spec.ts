import type { Locator, Page } from '@playwright/test';
import { startSerialScannerKiosk } from '../support/socat-kiosk.ts';
import type { SerialScannerKiosk } from '../support/socat-kiosk.ts';
import { DEMO, expect, test } from './fixtures.ts';
import { callHost } from './host-call.ts';
import { startKioskServer } from './kiosk-server.ts';
import type { KioskServer } from './kiosk-server.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { ResultPage } from './pages/ResultPage.ts';
import { Scanner } from './pages/Scanner.ts';
import { TechnicianPage } from './pages/TechnicianPage.ts';

const PIN = '480357';

/** The technician's scanner page: technician mode (gesture and PIN), then the scanner tab. */
class ScannerDiagnostics {
  readonly root: Locator;
  readonly source: Locator;
  readonly state: Locator;
  readonly devicePath: Locator;
  readonly deviceSettings: Locator;
  readonly lastError: Locator;
  readonly serialPorts: Locator;
  readonly hidDevices: Locator;
  readonly lines: Locator;
  readonly restart: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('scanner-page');
    this.source = page.getByTestId('scanner-source');
    this.state = page.getByTestId('scanner-state');
    this.devicePath = page.getByTestId('scanner-device-path');
    this.deviceSettings = page.getByTestId('scanner-device-settings');
    this.lastError = page.getByTestId('scanner-last-error');
    this.serialPorts = page.getByTestId('scanner-serial-ports');
    this.hidDevices = page.getByTestId('scanner-hid-devices');
    this.lines = page.getByTestId('monitor-line');
    this.restart = page.getByTestId('scanner-restart');
  }

  /** Opens the kiosk, then technician mode (setting the PIN on a first run), then the scanner tab. */
  async open(kiosk: { url: string; issueSetupCode(): Promise<string> }, lang: 'vi' | 'en' = 'vi'): Promise<void> {
    const shell = new KioskShell(this.page);
    await shell.open(kiosk.url);
    if (lang === 'en') await shell.setLanguage('en');
    const tech = new TechnicianPage(this.page);
    await tech.openWithGesture();
    await expect(tech.setPin.or(tech.enterPin)).toBeVisible();
    if (await tech.setPin.isVisible()) await tech.setFirstPin(kiosk, PIN);
    else await tech.typePin(PIN);
    await expect(tech.panel).toBeVisible();
    await tech.openTab('scanner');
    await expect(this.root).toBeVisible();
  }

  /** The newest monitor line. */
  get latest(): Locator {
    return this.lines.first();
  }
}

test.describe('the technician’s scanner page with the keyboard wedge', () => {
  // Technician mode sets a PIN: a kiosk of its own.
  let kiosk: KioskServer;
  test.beforeAll(async () => {
    kiosk = await startKioskServer();
  });
  test.afterAll(async () => {
    await kiosk?.stop();
  });

  test('shows the active source and the devices, and a wedge scan in the monitor without looking it up', async ({ page }) => {
    const diagnostics = new ScannerDiagnostics(page);
    const scanner = new Scanner(page);
    await diagnostics.open(kiosk);
    await expect(diagnostics.source).toHaveAttribute('data-source', 'wedge');
    await expect(diagnostics.source).toHaveText('Giả lập bàn phím');
    await expect(diagnostics.lastError).toHaveAttribute('data-kind', 'none');
    await expect(diagnostics.serialPorts).toBeVisible();
    await expect(diagnostics.hidDevices).toBeVisible();

    await scanner.scan(`]C0${DEMO.supplement}`);
    await expect(diagnostics.lines).toHaveCount(1);
    await expect(diagnostics.latest).toHaveAttribute('data-source', 'wedge');
    await expect(diagnostics.latest.getByTestId('monitor-hex')).toHaveText(/^5d 43 30 30 30 30 2e 31 32 /);
    await expect(diagnostics.latest.getByTestId('monitor-parse')).toHaveText(`Đọc được mã hồ sơ ${DEMO.supplement}`);
    await scanner.scan('not a dossier code');
    await expect(diagnostics.lines).toHaveCount(2);
    await expect(diagnostics.latest.getByTestId('monitor-parse')).toHaveText('Không tìm thấy mã hồ sơ trong nội dung vừa quét.');
    await expect(diagnostics.root).toBeVisible();
    expect(await scanner.lookupCount()).toBe(0);
  });

  test('speaks English when asked, with touch-sized buttons', async ({ page }) => {
    const diagnostics = new ScannerDiagnostics(page);
    await diagnostics.open(kiosk, 'en');
    await expect(diagnostics.root.getByRole('heading', { level: 1 })).toHaveText('Barcode scanner');
    await expect(diagnostics.source).toHaveText('Keyboard wedge');
    for (const button of await diagnostics.root.getByRole('button').all()) {
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(64);
    }
  });

  test('the monitor and a restart are refused without the technician’s session', async ({ page }) => {
    await new KioskShell(page).open(kiosk.url);
    const call = (method: string, input: object) => callHost(page, method, input);
    for (const [method, input] of [
      ['readScannerMonitor', { session: 'x'.repeat(43), after: 0 }],
      ['restartScanner', { session: 'x'.repeat(43) }],
    ] as const) {
      const answer = await call(method, input);
      expect(answer.status).toBe(401);
      expect(answer.body.error?.code).toBe('unauthorized');
    }
    expect((await call('readScannerMonitor', { after: 0 })).body.error?.code).toBe('invalid-input');
    expect((await call('getScannerStatus', {})).body.ok).toBe(true);
  });
});

/**
 * Opens the kiosk and waits until a serial scan can reach it: the host has the port open, and
 * the page's event stream is subscribed (the host subscribes before it answers the stream's
 * request). A scan sent earlier is read by no one, as on a real kiosk that is still starting.
 */
async function openReadyForSerialScans(page: Page, address: string): Promise<KioskShell> {
  const shell = new KioskShell(page);
  const eventStream = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/events');
  await page.goto(address);
  await eventStream;
  await shell.expectScreen('home');
  await expect.poll(async () => (await callHost<{ state: string }>(page, 'getScannerStatus')).body.result?.state).toBe('connected');
  return shell;
}

test.describe('a serial scanner end to end (a socat cable into the kiosk host)', () => {
  test.describe.configure({ mode: 'serial' });
  let serial: SerialScannerKiosk;

  test.beforeAll(async () => {
    serial = await startSerialScannerKiosk();
  });
  test.afterAll(async () => {
    await serial?.stop();
  });

  test('a scan on the serial scanner shows the dossier; the same code again at once is one scan', async ({ page }) => {
    const shell = await openReadyForSerialScans(page, serial.url);
    const result = new ResultPage(page);
    await serial.cable.send(`${DEMO.received}\r`);
    // Its QR code's lookup URL at once after it (not after the answer is up: that may take longer
    // than the repeat window on a loaded machine).
    await serial.cable.send(`https://dichvucong.example.gov.vn/tra-cuu?maHoSo=${DEMO.received}\r`);
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.received);
    await serial.cable.send(`${DEMO.supplement}\r`);
    await expect(result.code).toHaveText(DEMO.supplement);
    expect(await new Scanner(page).lookupCount()).toBe(2);
  });

  test('the technician page shows the serial device and a live monitor of raw bytes and their parse', async ({ page }) => {
    const diagnostics = new ScannerDiagnostics(page);
    await diagnostics.open(serial);
    await expect(diagnostics.source).toHaveAttribute('data-source', 'serial');
    await expect(diagnostics.state).toHaveAttribute('data-state', 'connected');
    await expect(diagnostics.devicePath).toHaveText(serial.cable.kioskPath);
    await expect(diagnostics.deviceSettings).toHaveText('9600 8N1, mỗi mã kết thúc bằng CR');

    // The same code again at once (not after the checks of the first: on a loaded machine they may
    // take longer than the repeat window).
    await serial.cable.send(`]Q1https://dichvucong.example.gov.vn/tra-cuu?maHoSo=${DEMO.finishedLate}\r`);
    await serial.cable.send(`${DEMO.finishedLate}\r`);
    await expect(diagnostics.lines).toHaveCount(2);
    const first = diagnostics.lines.nth(1);
    await expect(first).toHaveAttribute('data-source', 'serial');
    await expect(first).toHaveAttribute('data-kind', 'scan');
    await expect(first.getByTestId('monitor-hex')).toHaveText(/^5d 51 31 68 74 74 70 73 3a /);
    await expect(first.getByTestId('monitor-parse')).toHaveText(`Đọc được mã hồ sơ ${DEMO.finishedLate}`);
    await expect(diagnostics.latest).toHaveAttribute('data-kind', 'duplicate');

    await serial.cable.send(Uint8Array.from([0x00, 0xff, 0x1d, 0x41, 0x0d]));
    await expect(diagnostics.lines).toHaveCount(3);
    await expect(diagnostics.latest.getByTestId('monitor-hex')).toHaveText('00 ff 1d 41');
    await expect(diagnostics.latest.getByTestId('monitor-text')).toHaveText('␀ÿ␝A');
    await expect(diagnostics.latest.getByTestId('monitor-parse')).toHaveAttribute('data-ok', 'false');
    await new KioskShell(page).screenshot('technician-scanner-portrait');
  });

  test('after an unplug the page says so, and once the scanner is back the next scan shows the dossier', async ({ page }) => {
    const diagnostics = new ScannerDiagnostics(page);
    await diagnostics.open(serial);
    await expect(diagnostics.state).toHaveAttribute('data-state', 'connected');

    await serial.cable.unplug();
    await expect(diagnostics.state).toHaveAttribute('data-state', 'waiting');
    await expect(diagnostics.lastError).toHaveAttribute('data-kind', /^(disconnected|no-device)$/);

    await serial.cable.plugIn();
    await expect(diagnostics.state).toHaveAttribute('data-state', 'connected');

    const shell = await openReadyForSerialScans(page, `${serial.origin}/`);
    await serial.cable.send(`${DEMO.refused}\r`);
    await shell.expectScreen('result');
    await expect(new ResultPage(page).code).toHaveText(DEMO.refused);
  });
});
