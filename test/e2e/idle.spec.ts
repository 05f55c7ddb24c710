import { DEMO, expect, test } from './fixtures.ts';

// The kiosk's own timeout (90 s) on a fake clock: the tests jump over the quiet time.
test.use({ fakeClock: true });

test.describe('idle timeout', () => {
  test('warns for 30 s (WCAG 2.2.1: at least 20 s), then clears the last citizen’s result and language', async ({ page, shell, scanner, result, idle }) => {
    await shell.setLanguage('en');
    await scanner.scan(DEMO.supplement);
    await shell.expectScreen('result');
    await expect(result.statusSentence).toContainText('Your dossier needs more documents');

    await page.clock.fastForward(55_000);
    await expect(idle.root).toBeHidden();
    await page.clock.fastForward(6_000);
    await expect(idle.root).toBeVisible();
    await expect(idle.root).toContainText('Are you still there?');
    const seconds = Number(await idle.seconds.textContent());
    expect(seconds).toBeGreaterThanOrEqual(20);
    expect(seconds).toBeLessThanOrEqual(30);

    await page.clock.fastForward(30_000);
    await shell.expectScreen('home');
    await expect(idle.root).toBeHidden();
    await expect(shell.languageButton('vi')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('scan-prompt')).toContainText('Đưa mã vạch hoặc mã QR');
  });

  test('one tap on "more time" gives the whole time again and keeps the result on screen', async ({ page, shell, scanner, result, idle }) => {
    await scanner.scan(DEMO.received);
    await shell.expectScreen('result');
    await page.clock.fastForward(75_000);
    await expect(idle.root).toBeVisible();
    await expect(idle.keepUsingButton).toHaveText('Cho tôi thêm thời gian');
    await idle.keepUsingButton.click();
    await expect(idle.root).toBeHidden();
    await page.clock.fastForward(55_000);
    await expect(idle.root).toBeHidden();
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.received);
  });

  test('typed code is gone after the timeout', async ({ page, shell, home, manual, idle }) => {
    await home.openManualEntry();
    await manual.tapCode('00000');
    await expect(manual.input).toHaveValue('000.00.');
    await page.clock.fastForward(61_000);
    await expect(idle.root).toBeVisible();
    await page.clock.fastForward(30_000);
    await shell.expectScreen('home');
    await home.openManualEntry();
    await expect(manual.input).toHaveValue('');
  });
});
