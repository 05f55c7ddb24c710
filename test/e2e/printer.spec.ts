import { TAP_QUIET_MS } from '../../renderer/touch/tap-guard.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../electron/db/open-database.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';
import type { Locator, Page } from '@playwright/test';
import { decodeEscPos, rasterImage } from '../support/escpos-decoder.ts';
import { VirtualTcpPrinter } from '../support/virtual-printer.ts';
import { DEMO } from './fixtures.ts';
import { startKioskServer, type KioskServer } from './kiosk-server.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { ProcedureEntry } from './pages/ProcedureEntry.ts';
import { ProcedureFieldsPage } from './pages/ProcedureFieldsPage.ts';
import { ProcedureListPage } from './pages/ProcedureListPage.ts';
import { Scanner } from './pages/Scanner.ts';
import { TechnicianPage } from './pages/TechnicianPage.ts';
import { DEMO_PROCEDURES } from './pages/ProcedureFixtures.ts';

const PIN = '246813';
const SLOW = { timeout: 60_000 };

// A kiosk (and database) of its own, its receipt printer a loopback ESC/POS listener in this process, set before it starts.
const printer = new VirtualTcpPrinter();
let server: KioskServer | undefined;
const kiosk = () => server!;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  await printer.start();
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-printer-e2e-'));
  const dbPath = path.join(dir, 'kiosk.db');
  const db = openDatabase(dbPath);
  new SettingsStore(db).set('receiptPrinter', printer.uri);
  db.close();
  server = await startKioskServer({ dbPath });
});
test.afterAll(async () => {
  await server?.stop();
  await printer.stop();
});

/** What reached the paper: one initialise, a raster image of `width` dots, then the cut (status requests aside). */
function expectOneSlip(width: number) {
  const commands = decodeEscPos(printer.printed).filter((c) => c.name !== 'status');
  expect(commands.filter((c) => c.name === 'init')).toHaveLength(1);
  expect(rasterImage(commands).width).toBe(width);
  expect(commands.at(-1)?.name).toBe('cut');
}

/** A second tap on the same button within 400 ms is a finger's bounce and ignored (renderer/touch/tap-guard.ts). */
async function tapAgain(button: Locator) {
  await button.page().waitForTimeout(500);
  await button.tap();
}

async function open(page: Page) {
  const shell = new KioskShell(page);
  await shell.open(kiosk().url);
  return { shell, tech: new TechnicianPage(page), scanner: new Scanner(page) };
}

test('"In danh sách giấy tờ" prints the procedure’s checklist; the screen stays usable while it prints', async ({ page }) => {
  test.slow();
  const { shell } = await open(page);
  const { birth } = DEMO_PROCEDURES;
  await new ProcedureEntry(page).browseFieldsButton.tap();
  await new ProcedureFieldsPage(page).open(birth.field);
  await new ProcedureListPage(page).open(birth.code);
  await expect(shell.app).toHaveAttribute('data-screen', 'procedure');

  printer.reset();
  printer.hold();
  // A finger comes after the tap guard's quiet moment on a screen a tap opened (renderer/touch/tap-guard.ts).
  await page.waitForTimeout(TAP_QUIET_MS + 100);
  await page.getByTestId('print-procedure').tap();
  await expect(page.getByTestId('print-status')).toHaveAttribute('data-state', 'printing');
  await expect(page.getByTestId('print-status')).toHaveText('Đang in… Quý vị vẫn có thể xem tiếp trên màn hình.');
  await expect(page.getByTestId('print-procedure')).toBeDisabled();
  await expect(page.getByTestId('nav-back')).toBeEnabled();
  printer.release();
  await expect(page.getByTestId('print-status')).toHaveAttribute('data-state', 'printed', SLOW);
  await expect(page.getByTestId('print-status')).toHaveText('Đã in xong. Vui lòng lấy phiếu ở khe máy in.');
  expectOneSlip(576);
});

test('in landscape the print status takes no row of its own: the result bar keeps its height, normal and large text', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1920, height: 1080 });
  const { shell, scanner } = await open(page);
  const bar = page.getByTestId('screen-result').locator('[data-sticky-bottom]');
  const barHeight = async () => (await bar.boundingBox())!.height;
  // A code of its own each time: the same receipt read again within SCAN_REPEAT_WINDOW_MS is a
  // re-read under the scanner, not a new scan, and would leave home on screen.
  for (const [largeText, code] of [
    [false, DEMO.finishedEarlyCounter5],
    [true, DEMO.finishedLate],
  ] as const) {
    if (largeText) {
      await page.waitForTimeout(TAP_QUIET_MS + 100);
      await page.getByTestId('toggle-largeText').tap();
      await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
      await page.waitForTimeout(TAP_QUIET_MS + 100);
    }
    await scanner.scan(code);
    await shell.expectScreen('result');
    const before = await barHeight();
    await page.getByTestId('print-answer').tap();
    await expect(page.getByTestId('print-status')).toHaveAttribute('data-state', 'printed', SLOW);
    expect(await barHeight(), largeText ? 'large text' : 'normal text').toBeLessThanOrEqual(before + 1);
    await expect(page.getByTestId('print-status'), 'the printer\'s answer is wholly on screen').toBeInViewport({ ratio: 1 });
    await page.getByTestId('nav-home').tap();
    await shell.expectScreen('home');
  }
});

test('"In kết quả tra cứu" prints the answer, and says so when the paper is out, the cover open, or the printer goes away', async ({ page }) => {
  test.slow();
  const { shell, scanner } = await open(page);
  await scanner.scan(DEMO.supplement);
  await shell.expectScreen('result');
  const button = page.getByTestId('print-answer');
  const status = page.getByTestId('print-status');
  await expect(button).toHaveText('In kết quả tra cứu');

  printer.reset();
  await button.tap();
  await expect(status).toHaveAttribute('data-state', 'printed', SLOW);
  expectOneSlip(576);

  for (const [state, words] of [
    ['paper-out', 'Máy in đã hết giấy nên chưa in được. Vui lòng báo cán bộ tại Bộ phận Một cửa.'],
    ['cover-open', 'Nắp máy in đang mở nên chưa in được. Vui lòng báo cán bộ tại Bộ phận Một cửa.'],
  ] as const) {
    printer.reset();
    printer.state = state;
    await tapAgain(button);
    await expect(status).toHaveAttribute('data-state', state, SLOW);
    await expect(status).toHaveText(words);
    expect(decodeEscPos(printer.printed).every((c) => c.name === 'status')).toBe(true);
  }

  // Switched off part-way: said once, never sent again, and the kiosk goes on.
  printer.reset();
  printer.state = 'ok';
  printer.dropAfterBytes = 3_000;
  await tapAgain(button);
  await expect(status).toHaveAttribute('data-state', 'failed', SLOW);
  await expect(status).toContainText('Máy in bị ngắt khi đang in');
  printer.dropAfterBytes = null;
  await page.waitForTimeout(1_000);
  // The line dropped inside the image: read what came as far as it goes.
  expect(printer.received.commands.filter((c) => c.name === 'init')).toHaveLength(1);

  // Not there at all: nothing printed, a clear message, and the citizen can still go home.
  await printer.stop();
  await tapAgain(button);
  await expect(status).toHaveAttribute('data-state', 'not-available', SLOW);
  await expect(status).toContainText('Không kết nối được máy in');
  await page.getByTestId('nav-home').tap();
  await shell.expectScreen('home');
  await printer.start();
});

test('a technician chooses the printer, prints a test page and sees the paper state', async ({ page }) => {
  test.slow();
  const { tech } = await open(page);
  await tech.openWithGesture();
  await tech.setFirstPin(kiosk(), PIN);
  await tech.openTab('settings');
  await tech.typeSetting('receiptPrinter', printer.uri);
  await expect(tech.settingStatus('receiptPrinter')).toHaveText('Đã lưu “Máy in phiếu”.');

  await tech.openTab('printer');
  await expect(page.getByTestId('tech-printer-uri')).toHaveText(`Máy in đang dùng: ${printer.uri}`);
  await expect(page.getByTestId('tech-printer-state')).toHaveAttribute('data-state', 'ok', SLOW);
  printer.reset();
  await page.getByTestId('tech-printer-test').tap();
  await expect(page.getByTestId('tech-printer-test-result')).toHaveAttribute('data-outcome', 'printed', SLOW);
  expectOneSlip(576);

  printer.state = 'paper-out';
  await page.getByTestId('tech-printer-refresh').tap();
  await expect(page.getByTestId('tech-printer-state')).toHaveAttribute('data-state', 'paper-out', SLOW);
  await expect(page.getByTestId('tech-printer-state')).toHaveText('Hết giấy: lắp cuộn giấy mới.');
  printer.state = 'ok';

  await page.getByTestId('tech-printer-search').tap();
  await expect(page.getByTestId('tech-printer-candidate').filter({ hasText: printer.uri })).toContainText('Đang dùng', SLOW);
  await tech.exit();
});
