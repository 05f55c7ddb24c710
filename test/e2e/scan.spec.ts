import { SCAN_REPEAT_WINDOW_MS } from '../../renderer/scanner/scan-repeat-filter.ts';
import { expect, test } from './fixtures.ts';
import { DEMO } from './fixtures.ts';

test.describe('keyboard-wedge scanner', () => {
  test('a burst ending with Enter shows the dossier', async ({ shell, scanner, result }) => {
    await scanner.scan(DEMO.received);
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.received);
  });

  test('a burst ending with Tab, or with no suffix at all, shows the dossier', async ({ shell, scanner, result }) => {
    await scanner.scan(DEMO.supplement, { suffix: 'Tab' });
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.supplement);
    await result.done();
    await shell.expectScreen('home');

    // After a scan with a suffix, a burst without one is taken as ended after TYPING_VERDICT_MS (5 s),
    // in case a stall held its rest back (wedge-listener.ts); a scanner set without a suffix never waits.
    await scanner.scan(DEMO.finishedLate, { suffix: null });
    await shell.expectScreen('result', { timeout: 20_000 });
    await expect(result.code).toHaveText(DEMO.finishedLate);
  });

  test('a QR code holding a lookup URL shows the dossier', async ({ shell, scanner, result }) => {
    await scanner.scan(`https://dichvucong.example.vn/tra-cuu?maHoSo=${DEMO.received}&lang=vi`);
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.received);
  });

  test('a new scan on the result screen replaces the result', async ({ shell, scanner, result }) => {
    await scanner.scan(DEMO.received);
    await expect(result.code).toHaveText(DEMO.received);
    await scanner.scan(DEMO.supplement);
    await expect(result.code).toHaveText(DEMO.supplement);
    await shell.expectScreen('result');
  });

  test('the same receipt again at once, on its own result, is one scan; once it has left the scanner it is a new one', async ({ page, shell, scanner, result }) => {
    await scanner.scan(DEMO.received);
    // Its QR code right after its barcode: the same dossier, not a second lookup. (Sent at once, not
    // after the answer is up: on a loaded machine that may take longer than the repeat window.)
    await scanner.scan(`https://dichvucong.example.vn/tra-cuu?maHoSo=${DEMO.received}`);
    await expect(result.code).toHaveText(DEMO.received);
    await scanner.scan(DEMO.supplement);
    await expect(result.code).toHaveText(DEMO.supplement);
    expect(await scanner.lookupCount()).toBe(2);

    await result.doneButton.click();
    await shell.expectScreen('home');
    // Read again at once it would be the receipt left under the scanner (scanner-presentation.spec.ts).
    await page.waitForTimeout(SCAN_REPEAT_WINDOW_MS + 200);
    await scanner.scan(DEMO.supplement);
    await expect(result.code).toHaveText(DEMO.supplement);
    expect(await scanner.lookupCount()).toBe(3);
  });

  test('reads physical keys, so a French layout cannot garble the code', async ({ shell, scanner, result }) => {
    // AZERTY: the digit row gives à&é"'(-è_ç without Shift, ";" on the Period key, ")" on Minus.
    const azerty: Record<string, string> = {
      '0': 'à', '1': '&', '2': 'é', '3': '"', '4': "'", '5': '(', '6': '-', '7': 'è', '8': '_', '9': 'ç',
      '.': ';', '-': ')', H: 'H',
    };
    await scanner.scanThroughLayout(DEMO.supplement, (c) => ({ key: azerty[c] ?? c, text: azerty[c] ?? c }));
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.supplement);
  });

  test('reads physical keys, so a Vietnamese IME (Telex) cannot garble the code', async ({ shell, scanner, result }) => {
    // While composing, the IME reports key "Process" (keyCode 229) and no text of its own.
    await scanner.scanThroughLayout(DEMO.finishedLate, () => ({ key: 'Process', keyCode: 229 }));
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.finishedLate);
  });

  test('the same keys at a person’s pace are not a scan, even ending with Enter', async ({ shell, scanner, page }) => {
    await scanner.scan(DEMO.received.slice(0, 12), { gapMs: 70 });
    await page.waitForTimeout(200);
    await shell.expectScreen('home');
    expect(await scanner.lookupCount()).toBe(0);
  });

  test('slow typing into the code field is not a scan', async ({ shell, home, manual, scanner, page }) => {
    await home.openManualEntry();
    await shell.expectScreen('manual');
    await manual.input.focus();
    await manual.input.pressSequentially(DEMO.received, { delay: 110 });
    await page.waitForTimeout(300);
    await shell.expectScreen('manual');
    await expect(manual.input).toHaveValue(DEMO.received);
    expect(await scanner.lookupCount()).toBe(0);
  });

  test('a burst into the focused code field is taken back out of it and looked up', async ({ shell, home, manual, scanner, result, page }) => {
    await home.openManualEntry();
    await manual.input.focus();
    await manual.input.pressSequentially('000.', { delay: 120 });
    await expect(manual.input).toHaveValue('000.');
    // Record every value the field takes, to see it put back before the screen changes.
    await manual.input.evaluate((input: HTMLInputElement) => {
      const seen: string[] = [];
      (window as Window & { __fieldValues?: string[] }).__fieldValues = seen;
      input.addEventListener('input', () => seen.push(input.value));
    });
    await scanner.scan(DEMO.supplement);
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.supplement);
    const values = await page.evaluate(() => (window as Window & { __fieldValues?: string[] }).__fieldValues ?? []);
    expect(values.length).toBeGreaterThan(1);
    expect(values.at(-1)).toBe('000.');
  });
});
