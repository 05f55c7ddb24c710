import { DEMO_PROCEDURES, expect, expectCatalogueScreen, test } from './pages/ProcedureFixtures.ts';

/** The kiosk is mounted in portrait (1080x1920) or landscape (1920x1080). */
const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;

for (const { name: orientation, viewport } of ORIENTATIONS) {
  test.describe(`procedure screenshots, ${orientation}`, () => {
    test.use({ viewport });

    test('home entry, fields, list, detail, search', async ({ shell, page, entry, fields, list, detail, search }) => {
      const shot = (screen: string) => shell.screenshot(`procedures-${screen}-${orientation}`);
      const noHorizontalScroll = async () => {
        const overflow = await page.evaluate(() => {
          const main = document.querySelector('.app__main');
          return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, main ? main.scrollWidth - main.clientWidth : 0);
        });
        expect(overflow).toBeLessThanOrEqual(0);
      };

      await shot('home');
      await entry.browseFieldsButton.click();
      await expect(fields.tiles.first()).toBeVisible();
      await shot('fields');
      await noHorizontalScroll();

      await fields.open(DEMO_PROCEDURES.birth.field);
      await expect(list.items).toHaveCount(10);
      await shot('list');
      await noHorizontalScroll();

      await list.open(DEMO_PROCEDURES.birth.code);
      await expect(detail.qr).toBeVisible();
      await shot('detail');
      await noHorizontalScroll();
      await page.locator('.app__main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
      await shot('detail-end');

      await detail.backButton.click();
      await list.backButton.click();
      await fields.open(DEMO_PROCEDURES.longName.field);
      await list.open(DEMO_PROCEDURES.longName.code);
      await expect(detail.qr).toBeVisible();
      await shot('detail-long-name');
      await noHorizontalScroll();
      await detail.homeButton.click();

      await entry.searchButton.click();
      await expectCatalogueScreen(shell, 'search');
      await shot('search-empty-query');
      await search.tapText('khai sinh');
      await expect(search.results.first()).toHaveAttribute('data-code', DEMO_PROCEDURES.birth.code);
      await shot('search-results');
      await noHorizontalScroll();
      await search.key('{clear}').click();
      await search.tapText('ket hn');
      await expect(search.corrected).toBeVisible();
      await shot('search-corrected');
      await search.key('{clear}').click();
      await search.tapText('xyzxyz');
      await expect(search.empty).toBeVisible();
      await shot('search-nothing-found');
      await noHorizontalScroll();

      await shell.setLanguage('en');
      await search.key('{clear}').click();
      await search.tapText('khai sinh');
      await expect(search.results.first()).toBeVisible();
      await shot('search-results-en');
      await search.results.first().click();
      await expect(detail.qr).toBeVisible();
      await shot('detail-en');
    });
  });
}
