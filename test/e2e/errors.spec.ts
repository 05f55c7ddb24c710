import { expect, test } from './fixtures.ts';
import { DEMO } from './fixtures.ts';
import { startKioskServer } from './kiosk-server.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { Scanner } from './pages/Scanner.ts';
import { ErrorPage } from './pages/ErrorPage.ts';

test.describe('error screens', () => {
  test('an unreadable scan says so and offers to type the code', async ({ shell, scanner, errorPage }) => {
    await scanner.scan('HELLO-KIOSK-TEST');
    await shell.expectScreen('unreadable');
    const screen = errorPage.of('unreadable');
    await expect(screen.title).toHaveText('Không đọc được mã');
    await expect(screen.body).toContainText('nhập mã hồ sơ bằng bàn phím');
    await expect(screen.reason).toHaveAttribute('data-reason', /.+/);
    await screen.typeCodeButton.click();
    await shell.expectScreen('manual');
  });

  test('a code with an impossible date says which part is wrong', async ({ shell, scanner, errorPage }) => {
    await scanner.scan('000.00.12.H53-261340-0001');
    await shell.expectScreen('unreadable');
    await expect(errorPage.of('unreadable').reason).toHaveAttribute('data-reason', 'bad-date');
    await expect(errorPage.of('unreadable').reason).toHaveText('Phần ngày tiếp nhận trong mã hồ sơ không đúng.');
  });

  test('a code not in the cache says when the data was updated and to ask at the desk', async ({ shell, scanner, errorPage }) => {
    await scanner.scan(DEMO.missing);
    await shell.expectScreen('not-found');
    const screen = errorPage.of('not-found');
    await expect(screen.title).toHaveText('Không tìm thấy hồ sơ');
    await expect(screen.code).toHaveText(DEMO.missing);
    await expect(screen.dataAsOf).toHaveText(/Dữ liệu trên máy được cập nhật lúc \d{2}:\d{2}\s\d{2}\/\d{2}\/\d{4}\./);
    await expect(screen.body).toContainText('hỏi cán bộ tại Bộ phận Một cửa');
    await screen.homeButton.click();
    await shell.expectScreen('home');
  });

  test('a code of another agency says so and shows the agency', async ({ shell, scanner, errorPage }) => {
    await scanner.scan(DEMO.otherAgency);
    await shell.expectScreen('other-agency');
    const screen = errorPage.of('other-agency');
    await expect(screen.title).toHaveText('Hồ sơ thuộc cơ quan khác');
    await expect(screen.code).toHaveText(DEMO.otherAgency);
    await expect(screen.agency).toContainText('000.00.15.H48');
    await screen.homeButton.click();
    await shell.expectScreen('home');
  });

  test('the error screens speak English too', async ({ shell, scanner, errorPage }) => {
    await shell.setLanguage('en');
    await scanner.scan(DEMO.missing);
    await expect(errorPage.of('not-found').title).toHaveText('Dossier not found');
    await errorPage.of('not-found').homeButton.click();
    await scanner.scan(DEMO.otherAgency);
    await expect(errorPage.of('other-agency').title).toHaveText('This dossier belongs to another agency');
  });

  test('a host that went away gives "out of service, please ask staff", never a blank screen', async ({ browser }) => {
    const server = await startKioskServer();
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    try {
      const shell = new KioskShell(page);
      await shell.open(server.url);
      await server.stop();
      await new Scanner(page).scan(DEMO.received);
      await shell.expectScreen('out-of-service');
      const screen = new ErrorPage(page).of('out-of-service');
      await expect(screen.title).toHaveText('Máy tạm ngưng phục vụ');
      await expect(screen.body).toContainText('Vui lòng liên hệ cán bộ tại Bộ phận Một cửa');
      // The code is for the technician, never shown to the citizen.
      await expect(screen.failureCode).toHaveAttribute('data-code', 'unreachable');
      await expect(screen.root).not.toContainText('unreachable');
      await expect(shell.dataAsOf).toBeVisible();
      await shell.screenshot('error-out-of-service-portrait');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await shell.screenshot('error-out-of-service-landscape');
    } finally {
      await page.close();
      await server.stop();
    }
  });
});
