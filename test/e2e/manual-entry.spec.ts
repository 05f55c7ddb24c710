import { expect, test } from './fixtures.ts';
import { DEMO } from './fixtures.ts';

test.describe('manual entry on the on-screen keypad', () => {
  test('typing the code on the keypad shows the dossier', async ({ shell, home, manual, result }) => {
    await home.openManualEntry();
    await shell.expectScreen('manual');
    await expect(manual.submitButton).toBeDisabled();
    await manual.tapCode(DEMO.finishedEarlyCounter5);
    await expect(manual.input).toHaveValue(DEMO.finishedEarlyCounter5);
    await manual.submit();
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.finishedEarlyCounter5);
  });

  test('backspace and clear edit the code', async ({ home, manual }) => {
    await home.openManualEntry();
    await manual.tapCode('000.00.12.H53X');
    await manual.backspaceKey.click();
    await expect(manual.input).toHaveValue('000.00.12.H53');
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

  test('"Back" returns home', async ({ shell, home, manual }) => {
    await home.openManualEntry();
    await manual.backButton.click();
    await shell.expectScreen('home');
  });
});
