import type { Page } from '@playwright/test';
import { DEMO, expect, test } from './fixtures.ts';
import { startKioskServer } from './kiosk-server.ts';
import { ErrorPage } from './pages/ErrorPage.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { Scanner } from './pages/Scanner.ts';
import { TechnicianPage } from './pages/TechnicianPage.ts';
import { expectOnScreen } from './pages/Viewport.ts';

/** The one word for the way home, and the words it replaced. */
const HOME = 'Màn hình chính';
const OLD_HOME_WORDS = ['Xong', 'Về màn hình chính', 'trang đầu'];

async function expectHomeButton(page: Page, screen: string): Promise<void> {
  const button = page.locator('main').getByTestId('nav-home');
  await expect(button, screen).toHaveCount(1);
  await expect(button, screen).toHaveText(HOME);
  await expectOnScreen(page, button, `${screen}: home button`);
  const text = await page.locator('main').innerText();
  for (const word of OLD_HOME_WORDS) expect(text, `${screen} says "${word}"`).not.toContain(word);
  await button.click();
  await expect(page.getByTestId('kiosk-app')).toHaveAttribute('data-screen', 'home');
}

test.describe('every citizen screen has the same way home', () => {
  test('lookups: code entry, result, unreadable, not found, other agency', async ({ page, home, scanner, result }) => {
    test.slow();
    await home.openManualEntry();
    await expectHomeButton(page, 'code entry');
    await scanner.scan(DEMO.received);
    await expect(result.code).toHaveText(DEMO.received);
    await expectHomeButton(page, 'result');
    for (const [raw, kind] of [
      ['HELLO-KIOSK-TEST', 'unreadable'],
      [DEMO.missing, 'not-found'],
      [DEMO.otherAgency, 'other-agency'],
    ] as const) {
      await scanner.scan(raw);
      await expect(page.getByTestId(`screen-${kind}`)).toBeVisible();
      await expectHomeButton(page, kind);
    }
  });

  test('procedures: fields, a field’s list, a procedure, search; and statistics', async ({ page, shell }) => {
    await shell.expectScreen('home');
    test.slow();
    await page.getByTestId('open-fields').click();
    await expect(page.getByTestId('field-tile').first()).toBeVisible();
    await expectHomeButton(page, 'fields');
    await page.getByTestId('open-fields').click();
    await page.locator('[data-testid="field-tile"][data-field="Hộ tịch"]').click();
    await expect(page.getByTestId('screen-procedures')).toBeVisible();
    await expectHomeButton(page, 'procedures');
    await page.getByTestId('open-fields').click();
    await page.locator('[data-testid="field-tile"][data-field="Hộ tịch"]').click();
    await page.getByTestId('screen-procedures').locator('[data-code="1.001193"]').first().click();
    await expect(page.getByTestId('screen-procedure')).toBeVisible();
    await expectHomeButton(page, 'procedure');
    await page.getByTestId('open-search').click();
    await expect(page.getByTestId('screen-search')).toBeVisible();
    await expectHomeButton(page, 'search');
    await page.getByTestId('open-statistics').click();
    await expect(page.getByTestId('screen-statistics')).toBeVisible();
    await expectHomeButton(page, 'statistics');
  });
});

test('the home screen says where the scanner is', async ({ page, shell }) => {
  await shell.expectScreen('home');
  await expect(page.getByTestId('home-scanner')).toHaveText('Máy quét ở phía dưới');
  await expect(page.getByTestId('home-scanner')).toHaveAttribute('data-position', 'below');
});

test('an unreadable scan offers "scan again" as its main action, with where the scanner is', async ({ page, scanner, errorPage }) => {
  await scanner.scan('HELLO-KIOSK-TEST');
  const screen = errorPage.of('unreadable');
  await expect(screen.root).toBeVisible();
  const actions = screen.root.locator('.error-screen__actions button');
  await expect(actions.first()).toHaveAttribute('data-testid', 'scan-again');
  await expect(actions.first()).toHaveText('Quét lại');
  await expect(actions.first()).toHaveClass(/btn--primary/);
  await expect(screen.root.locator('.btn--primary')).toHaveCount(1);
  await expect(screen.root.getByTestId('home-scanner')).toHaveText('Máy quét ở phía dưới');
  await actions.first().click();
  await expect(page.getByTestId('scan-prompt')).toBeVisible();
});

test('one keyboard layout for the code and the search: the same keys in the same rows', async ({ page, home }) => {
  const rowsOf = (keyboard: string) =>
    page.getByTestId(keyboard).locator('.hg-row').evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('.hg-button'), (b) => b.getAttribute('data-skbtn')!.toUpperCase())));
  await home.openManualEntry();
  const code = await rowsOf('keypad');
  await page.getByTestId('nav-home').click();
  await page.getByTestId('open-search').click();
  const search = await rowsOf('search-keyboard');
  expect(code.slice(0, 4)).toEqual(search.slice(0, 4));
  expect(code[0]).toEqual([...'1234567890']);
  expect(code[1]).toEqual([...'QWERTYUIOP']);
  // The last row: Clear, then the wide key (the code's dash, the search's space).
  expect(code[4]).toEqual(['{CLEAR}', '-']);
  expect(search[4]).toEqual(['{CLEAR}', '{SPACE}']);
});

test('the language switch is drawn like the other toggles: framed, ticked when chosen', async ({ page, shell }) => {
  await shell.expectScreen('home');
  const look = (testId: string) =>
    page.getByTestId(testId).evaluate((el) => {
      const style = getComputedStyle(el);
      return { radius: style.borderRadius, border: style.borderTopWidth, tick: el.querySelector('svg') !== null };
    });
  const display = await look('toggle-largeText');
  expect(await look('lang-vi')).toEqual(display);
  expect(await look('lang-en')).toEqual(display);
  await expect(page.getByTestId('lang-vi')).toHaveAttribute('aria-pressed', 'true');
});

test('technician mode has its own header, not the citizens’', async ({ page, shell }) => {
  await shell.expectScreen('home');
  await new TechnicianPage(page).openWithGesture();
  const header = page.getByTestId('technician-header');
  await expect(header).toContainText('Chế độ kỹ thuật');
  await expect(header).toContainText('không dành cho người dân');
  // The citizens' header is gone (the language switch stays: a technician may work in English).
  await expect(page.getByTestId('site-name')).toHaveCount(0);
  const colour = await header.evaluate((el) => getComputedStyle(el).backgroundColor);
  const citizen = 'rgb(11, 46, 107)';
  expect(colour).not.toBe(citizen);
});

test('out of service: no error code for citizens, the hotline, and no claim of fresh data', async ({ browser }) => {
  const server = await startKioskServer();
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  const NOT_FRESH = 'Máy đang tạm ngưng: thông tin trên máy có thể chưa mới nhất.';
  try {
    const shell = new KioskShell(page);
    await shell.open(server.url);
    const screen = new ErrorPage(page).of('out-of-service');

    // Started with a host that does not answer: out of service, with the hotline it last gave.
    await page.route('**/api/call/getKioskInfo', (route) => route.abort());
    await page.reload();
    await shell.expectScreen('failed', { timeout: 45_000 });
    await expect(screen.root.getByTestId('help-hotline')).toHaveText('Đường dây nóng: 0300 000 111');
    await expect(shell.dataAsOf).toHaveText(NOT_FRESH);
    await expect(screen.root).not.toContainText('Mã lỗi');
    await page.unroute('**/api/call/getKioskInfo');
    await page.reload();
    await shell.expectScreen('home');

    // The host goes away during a lookup.
    await server.stop();
    await new Scanner(page).scan(DEMO.received);
    await shell.expectScreen('out-of-service');
    await expect(screen.title).toHaveText('Máy tạm ngưng phục vụ');
    await expect(screen.root).not.toContainText('unreachable');
    await expect(screen.root).not.toContainText('Mã lỗi');
    await expect(screen.failureCode).toHaveAttribute('data-code', 'unreachable');
    await expect(screen.root.getByTestId('help-hotline')).toHaveText('Đường dây nóng: 0300 000 111');
    await expect(shell.dataAsOf).toHaveText(NOT_FRESH);
    await expectOnScreen(page, screen.root.getByTestId('nav-home'), 'home button');
  } finally {
    await page.close();
    await server.stop();
  }
});
