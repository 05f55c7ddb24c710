import { expect, test } from './fixtures.ts';
import { DEMO } from './fixtures.ts';

test.describe('language switch', () => {
  test('switches every text to English and back to Vietnamese', async ({ shell, home }) => {
    await shell.setLanguage('en');
    await expect(home.prompt).toHaveText('Hold the barcode or QR code on your receipt under the scanner');
    await expect(shell.demoMark).toContainText('Demo data');
    await expect(shell.dataAsOf).toHaveText(/^Data updated at \d{2}:\d{2}\s\d{2}\/\d{2}\/\d{4}$/);
    await expect(shell.page.locator('html')).toHaveAttribute('lang', 'en');

    await shell.setLanguage('vi');
    await expect(home.prompt).toHaveText('Đưa mã vạch hoặc mã QR trên Giấy tiếp nhận hồ sơ vào máy quét');
    await expect(shell.page.locator('html')).toHaveAttribute('lang', 'vi');
  });

  test('the result is shown in the chosen language, dates and money as on the receipt', async ({ shell, scanner, result }) => {
    await shell.setLanguage('en');
    await scanner.scan(DEMO.payRegistrationFee);
    await shell.expectScreen('result');
    await expect(result.statusName).toContainText('Fees or taxes to pay');
    await expect(result.nextStep).toContainText('What to do next');
    await expect(result.payAmount).toHaveText('Total: 1.250.000 ₫');
    await expect(result.nextStep.getByTestId('fee-owed').first()).toContainText('₫');
    await expect(result.receivedAt).toHaveText(/^\d{2}:\d{2}\s\d{2}\/\d{2}\/\d{4}$/);
  });
});
