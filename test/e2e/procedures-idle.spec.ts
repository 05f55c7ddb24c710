import { DEMO_PROCEDURES, expect, expectCatalogueScreen, test } from './pages/ProcedureFixtures.ts';

// The contract's shortest idle timeout: a 5 s countdown after 5 s without a touch.
test.use({ idleTimeoutSec: 10 });

test.describe('idle timeout on the catalogue screens', () => {
  test('a procedure left on screen goes back home, in the default language', async ({ shell, entry, fields, list, detail, idle }) => {
    await shell.setLanguage('en');
    await entry.browseFieldsButton.click();
    await fields.open(DEMO_PROCEDURES.birth.field);
    await list.open(DEMO_PROCEDURES.birth.code);
    await expectCatalogueScreen(shell, 'procedure');
    await expect(detail.title).toHaveText(DEMO_PROCEDURES.birth.name);

    await expect(idle.root).toBeVisible({ timeout: 8_000 });
    await shell.expectScreen('home', { timeout: 8_000 });
    await expect(shell.languageButton('vi')).toHaveAttribute('aria-pressed', 'true');
  });

  test('the search text is gone after the timeout', async ({ shell, entry, search }) => {
    await entry.searchButton.click();
    await search.tapText('khai');
    await expect(search.input).toHaveValue('khai');
    await shell.expectScreen('home', { timeout: 15_000 });
    await entry.searchButton.click();
    await expect(search.input).toHaveValue('');
  });

  test('tapping keys keeps the search screen alive', async ({ shell, entry, search, idle, page }) => {
    await entry.searchButton.click();
    // 8 s of typing, a key every second: past the 5 s before the countdown would show.
    for (const char of 'khai sin') {
      await search.tapText(char);
      await page.waitForTimeout(1_000);
    }
    await expect(idle.root).toBeHidden();
    await expectCatalogueScreen(shell, 'search');
    await expect(search.input).toHaveValue('khai sin');
  });
});
