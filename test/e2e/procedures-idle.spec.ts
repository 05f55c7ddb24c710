import { DEMO_PROCEDURES, expect, expectCatalogueScreen, test } from './pages/ProcedureFixtures.ts';

// The kiosk's idle timeout (90 s, the last 30 s a countdown) on a fake clock.
test.use({ fakeClock: true });

test.describe('idle timeout on the catalogue screens', () => {
  test('a procedure left on screen goes back home, in the default language', async ({ page, shell, entry, fields, list, detail, idle }) => {
    await shell.setLanguage('en');
    await entry.browseFieldsButton.click();
    await fields.open(DEMO_PROCEDURES.birth.field);
    await list.open(DEMO_PROCEDURES.birth.code);
    await expectCatalogueScreen(shell, 'procedure');
    await expect(detail.title).toHaveText(DEMO_PROCEDURES.birth.name);

    await page.clock.fastForward(61_000);
    await expect(idle.root).toBeVisible();
    await page.clock.fastForward(30_000);
    await shell.expectScreen('home');
    await expect(shell.languageButton('vi')).toHaveAttribute('aria-pressed', 'true');
  });

  test('the search text is gone after the timeout', async ({ page, shell, entry, search }) => {
    await entry.searchButton.click();
    await search.tapText('khai');
    await expect(search.input).toHaveValue('khai');
    await page.clock.fastForward(61_000);
    await page.clock.fastForward(30_000);
    await shell.expectScreen('home');
    await entry.searchButton.click();
    await expect(search.input).toHaveValue('');
  });

  test('tapping keys keeps the search screen alive', async ({ shell, entry, search, idle, page }) => {
    await entry.searchButton.click();
    // 80 s of typing, a key every 10 s: past the 60 s before the countdown would show.
    for (const char of 'khai sin') {
      await search.tapText(char);
      await page.clock.fastForward(10_000);
    }
    await expect(idle.root).toBeHidden();
    await expectCatalogueScreen(shell, 'search');
    await expect(search.input).toHaveValue('khai sin');
  });
});
