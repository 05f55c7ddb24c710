import { expect, test } from './fixtures.ts';
import { DEMO } from './fixtures.ts';

// The contract's shortest idle timeout: a 5 s countdown after 5 s without a touch.
test.use({ idleTimeoutSec: 10 });

test.describe('idle timeout', () => {
  test('counts down, then clears the last citizen’s result and language', async ({ shell, scanner, result, idle }) => {
    await shell.setLanguage('en');
    await scanner.scan(DEMO.supplement);
    await shell.expectScreen('result');
    await expect(result.statusSentence).toContainText('Your dossier needs more documents');

    await expect(idle.root).toBeVisible({ timeout: 8_000 });
    await expect(idle.root).toContainText('Are you still there?');
    const seconds = Number(await idle.seconds.textContent());
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(5);

    await shell.expectScreen('home', { timeout: 8_000 });
    await expect(idle.root).toBeHidden();
    await expect(shell.languageButton('vi')).toHaveAttribute('aria-pressed', 'true');
    await expect(shell.page.getByTestId('scan-prompt')).toHaveText('Đưa mã vạch hoặc mã QR trên Giấy tiếp nhận hồ sơ vào máy quét');
  });

  test('"I am still using it" keeps the result on screen', async ({ shell, scanner, idle, result }) => {
    await scanner.scan(DEMO.received);
    await shell.expectScreen('result');
    await expect(idle.root).toBeVisible({ timeout: 8_000 });
    await expect(idle.keepUsingButton).toHaveText('Tôi vẫn đang dùng');
    await shell.screenshot('idle-countdown-portrait');
    await idle.keepUsingButton.click();
    await expect(idle.root).toBeHidden();
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.received);
  });

  test('typed code is gone after the timeout', async ({ shell, home, manual }) => {
    await home.openManualEntry();
    await manual.tapCode('000.00');
    await expect(manual.input).toHaveValue('000.00');
    await shell.expectScreen('home', { timeout: 15_000 });
    await home.openManualEntry();
    await expect(manual.input).toHaveValue('');
  });
});
