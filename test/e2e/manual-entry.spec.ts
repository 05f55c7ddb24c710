import { expect, test } from './fixtures.ts';
import { DEMO } from './fixtures.ts';

test.describe('manual entry on the on-screen keypad', () => {
  test('typing the code on the keypad shows the dossier', async ({ shell, home, manual, result }) => {
    await home.openManualEntry();
    await shell.expectScreen('manual');
    await expect(manual.submitButton).toBeDisabled();
    await manual.tapCode(DEMO.finishedEarlyCounter5);
    await expect(manual.input).toHaveValue(DEMO.finishedEarlyCounter5);
    await manual.clearKey.click();
    // The dots and dashes come by themselves: digits and the agency's letter are enough.
    await manual.tapCode(DEMO.finishedEarlyCounter5.replace(/[.-]/g, ''));
    await expect(manual.input).toHaveValue(DEMO.finishedEarlyCounter5);
    await manual.submit();
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.finishedEarlyCounter5);
  });

  test('the separators show as each part is complete, and backspace takes them with the digit before', async ({ home, manual }) => {
    await home.openManualEntry();
    await manual.tapCode('000');
    await expect(manual.input).toHaveValue('000.');
    await manual.tapCode('0012H53');
    await expect(manual.input).toHaveValue('000.00.12.H53-');
    await manual.backspaceKey.click();
    await expect(manual.input).toHaveValue('000.00.12.H5');
    await manual.input.press('End');
    await manual.input.press('3');
    await expect(manual.input).toHaveValue('000.00.12.H53-');
    await manual.input.press('Backspace');
    await expect(manual.input).toHaveValue('000.00.12.H5');
  });

  test('a site’s older local code is kept as typed', async ({ home, manual }) => {
    await home.openManualEntry();
    await manual.tapCode('HS-2023');
    await expect(manual.input).toHaveValue('HS-2023');
  });

  test('backspace and clear edit the code', async ({ home, manual }) => {
    await home.openManualEntry();
    await manual.tapCode('000.00.12.H53X');
    await expect(manual.input).toHaveValue('000.00.12.H53X');
    await manual.backspaceKey.click();
    await expect(manual.input).toHaveValue('000.00.12.H53-');
    await manual.clearKey.click();
    await expect(manual.input).toHaveValue('');
    await expect(manual.submitButton).toBeDisabled();
  });

  test('every key is at least 64 px', async ({ home, manual }) => {
    await home.openManualEntry();
    const keys = [...'0123456789.-AHZ'].map((c) => manual.key(c));
    for (const key of [...keys, manual.backspaceKey, manual.clearKey, manual.submitButton, manual.backButton]) {
      const box = await key.boundingBox();
      expect(box!.height, await key.getAttribute('data-testid') ?? '').toBeGreaterThanOrEqual(64);
      expect(box!.width).toBeGreaterThanOrEqual(64);
    }
  });

  test('"Màn hình chính" returns home', async ({ shell, home, manual }) => {
    await home.openManualEntry();
    await manual.backButton.click();
    await shell.expectScreen('home');
  });
});
