import { checkScreen, MODES, orientationsChecked, setMode } from './a11y-checks.ts';
import { DEMO, expect, test } from './fixtures.ts';
import { RatingPanel } from './pages/RatingPanel.ts';

/** The answers a11y.spec.ts does not already visit: by post, returned, withdrawn, stopped, and the complaint route under "not satisfied". */
for (const mode of MODES) {
  test.describe(`accessibility of every answer, ${mode}`, () => {
    test('by post, returned, withdrawn, stopped, not satisfied', async ({ page, shell, scanner, result }) => {
      // axe-core takes seconds a screen on a busy 2-core machine.
      test.setTimeout(180_000 * orientationsChecked(mode));
      await setMode(page, mode);
      for (const [name, code] of [
        ['result: ready, by post', '000.22.12.H53-261116-0008'],
        ['result: returned', '000.21.12.H53-261119-0002'],
        ['result: withdrawn', '000.00.12.H53-261102-0014'],
        ['result: stopped', '000.12.12.H53-261103-0009'],
      ] as const) {
        await scanner.scan(code);
        await expect(result.code).toHaveText(code);
        await checkScreen(page, name, 'both');
        await result.done();
        await shell.expectScreen('home');
      }
      await scanner.scan(DEMO.supplement);
      await new RatingPanel(page).choice('not-satisfied').click();
      await expect(page.getByTestId('rating-complaint')).toBeVisible();
      await checkScreen(page, 'rating: not satisfied, complaint route');
    });
  });
}
