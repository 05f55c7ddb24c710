import type { Locator } from '@playwright/test';
import { DEMO } from './fixtures.ts';
import { DEMO_PROCEDURES, expect, expectCatalogueScreen, test } from './pages/ProcedureFixtures.ts';

const { birth } = DEMO_PROCEDURES;

test.describe('procedure catalogue: browsing', () => {
  test('a field leads to its procedures and a procedure to its document checklist', async ({ shell, entry, fields, list, detail }) => {
    await entry.browseFieldsButton.click();
    await expectCatalogueScreen(shell, 'fields');
    await expect(fields.title).toHaveText('Lĩnh vực');
    await expect(fields.tiles).toHaveCount(8);
    await expect(fields.tile(birth.field)).toContainText('11 thủ tục');

    await fields.open(birth.field);
    await expectCatalogueScreen(shell, 'procedures');
    await expect(list.title).toHaveText(birth.field);
    await expect(list.total).toHaveText('11 thủ tục');
    await expect(list.pageLabel).toHaveText('Trang 1/2');
    await expect(list.items).toHaveCount(10);
    await list.nextPageButton.click();
    await expect(list.pageLabel).toHaveText('Trang 2/2');
    await expect(list.items).toHaveCount(1);
    await expect(list.nextPageButton).toBeDisabled();
    await list.prevPageButton.click();
    await expect(list.pageLabel).toHaveText('Trang 1/2');

    await list.open(birth.code);
    await expectCatalogueScreen(shell, 'procedure');
    await expect(detail.title).toHaveText(birth.name);
    await expect(detail.meta).toContainText(`Mã thủ tục: ${birth.code}`);
    await expect(detail.documents).toContainText('Thành phần hồ sơ');
    await expect(detail.documentLines).toHaveCount(4);
    const form = detail.documentLines.first();
    await expect(form).toContainText('Tờ khai đăng ký khai sinh');
    await expect(form.getByTestId('document-originals')).toHaveText('Bản chính: 1');
    await expect(form.getByTestId('document-copies')).toHaveText('Bản sao: 0');
    await expect(form.getByTestId('document-form')).toHaveText('Mẫu đơn, tờ khai: Tờ khai đăng ký khai sinh');
    // The section heading of the source ("Giấy tờ phải xuất trình") stays above its line.
    await expect(detail.documents).toContainText('Giấy tờ phải xuất trình');

    await expect(detail.channel('in-person')).toContainText('Trực tiếp');
    await expect(detail.channel('in-person').getByTestId('channel-time')).toHaveText('Trong ngày làm việc');
    await expect(detail.channel('online')).toContainText('Trực tuyến');
    await expect(detail.steps.locator('li')).toHaveCount(4);
    await expect(detail.agency).toContainText('Ủy ban nhân dân cấp xã');
    await expect(detail.legalBasis).toContainText('123/2015/NĐ-CP');

    await expect(detail.qr).toHaveAttribute('src', /^data:image\/svg\+xml/);
    await expect(detail.qr).toHaveAttribute('alt', `Mã QR mở thủ tục ${birth.code} trên Cổng Dịch vụ công quốc gia`);
    const drawn = await detail.qrDrawnSize();
    expect(drawn.width).toBeGreaterThan(0);
    const box = await detail.qr.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(200);

    // Back returns to the list the citizen came from, then to the fields.
    await detail.backButton.click();
    await expectCatalogueScreen(shell, 'procedures');
    await expect(list.pageLabel).toHaveText('Trang 1/2');
    await list.backButton.click();
    await expectCatalogueScreen(shell, 'fields');
    await fields.homeButton.click();
    await shell.expectScreen('home');
  });

  test('a procedure shows in English with the official terms translated', async ({ shell, entry, fields, list, detail }) => {
    await shell.setLanguage('en');
    await entry.browseFieldsButton.click();
    await expect(fields.title).toHaveText('Fields');
    await expect(fields.tile(birth.field)).toContainText('11 procedures');
    await fields.open(birth.field);
    await list.open(birth.code);
    await expect(detail.documents).toContainText('Required documents');
    await expect(detail.documentLines.first().getByTestId('document-originals')).toHaveText('Originals: 1');
    await expect(detail.channel('in-person')).toContainText('In person');
    await expect(detail.qr).toHaveAttribute('alt', `QR code opening procedure ${birth.code} on the National Public Service Portal`);
  });

  test('nothing is out of reach: every touch target is at least 64 px', async ({ entry, fields, list, detail }) => {
    const atLeast64 = async (targets: Locator[]) => {
      for (const target of targets) {
        const box = await target.boundingBox();
        expect(box, await target.getAttribute('data-testid') ?? '').not.toBeNull();
        expect(box!.height).toBeGreaterThanOrEqual(64);
        expect(box!.width).toBeGreaterThanOrEqual(64);
      }
    };
    await atLeast64([entry.browseFieldsButton, entry.searchButton]);
    await entry.browseFieldsButton.click();
    await atLeast64([fields.tile(birth.field), fields.searchButton, fields.backButton, fields.homeButton]);
    await fields.open(birth.field);
    await atLeast64([list.item(birth.code), list.nextPageButton, list.backButton, list.homeButton]);
    await list.open(birth.code);
    await expect(detail.title).toHaveText(birth.name);
    await atLeast64([detail.backButton, detail.homeButton]);
  });

  test('a 341-character name wraps instead of scrolling sideways', async ({ page, entry, fields, list, detail }) => {
    await entry.browseFieldsButton.click();
    await fields.open(DEMO_PROCEDURES.longName.field);
    const item = list.item(DEMO_PROCEDURES.longName.code);
    await expect(item).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await item.click();
    await expect(detail.title).toContainText('Đăng ký biến động');
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
  test('a catalogue call that fails says so and can be tried again', async ({ page, entry, fields }) => {
    let fail = true;
    await page.route('**/api/call/listFields', (route) => (fail ? route.fulfill({ status: 500, body: 'boom' }) : route.fallback()));
    await entry.browseFieldsButton.click();
    const failed = fields.root.getByTestId('catalogue-failed');
    await expect(failed).toContainText('Chưa tải được thông tin');
    fail = false;
    await failed.getByTestId('catalogue-retry').click();
    await expect(failed).toBeHidden();
    await expect(fields.tiles).toHaveCount(8);
  });
});

test.describe('procedure catalogue: search on the on-screen keyboard', () => {
  test('"khai sinh" typed without diacritics finds the birth registration', async ({ shell, entry, search, detail }) => {
    await entry.searchButton.click();
    await expectCatalogueScreen(shell, 'search');
    await expect(search.input).toBeFocused();
    await search.tapText('khai sinh');
    await expect(search.input).toHaveValue('khai sinh');
    await expect(search.results.first()).toHaveAttribute('data-code', birth.code);
    await expect(search.corrected).toHaveCount(0);
    // Taps on the keyboard leave the caret in the field, so a physical keyboard could go on.
    await expect(search.input).toBeFocused();

    await search.results.first().click();
    await expectCatalogueScreen(shell, 'procedure');
    await expect(detail.title).toHaveText(birth.name);
    await detail.backButton.click();
    await expectCatalogueScreen(shell, 'search');
    await expect(search.input).toHaveValue('khai sinh');
    await expect(search.results.first()).toHaveAttribute('data-code', birth.code);
  });

  test('results follow the typing', async ({ entry, search }) => {
    await entry.searchButton.click();
    await search.tapText('ket');
    await expect(search.results.first()).toBeVisible();
    await search.tapText(' hon');
    await expect(search.results.first()).toHaveAttribute('data-code', '1.000894');
    await search.key('{bksp}').click();
    await expect(search.input).toHaveValue('ket ho');
    await search.key('{clear}').click();
    await expect(search.input).toHaveValue('');
    await expect(search.results).toHaveCount(0);
    await expect(search.examples.first()).toBeVisible();
  });

  test('a misspelling still finds it, and says what was searched', async ({ entry, search }) => {
    await entry.searchButton.click();
    await search.tapText('khai snh');
    await expect(search.corrected).toContainText('Có phải Ông/Bà muốn tìm:');
    await expect(search.correctedQuery).toHaveText('khai sinh');
    await expect(search.results.first()).toHaveAttribute('data-code', birth.code);
    await search.correctedQuery.click();
    await expect(search.input).toHaveValue('khai sinh');
    await expect(search.corrected).toHaveCount(0);
    await expect(search.results.first()).toHaveAttribute('data-code', birth.code);
  });

  test('a procedure code finds its procedure', async ({ entry, search }) => {
    await entry.searchButton.click();
    await search.tapText(birth.code);
    await expect(search.results).toHaveCount(1);
    await expect(search.results.first()).toHaveAttribute('data-code', birth.code);
  });

  test('nothing found suggests the nearest fields to browse', async ({ shell, entry, search, list }) => {
    await entry.searchButton.click();
    await search.tapText('xyzxyz');
    await expect(search.empty).toContainText('Không tìm thấy thủ tục nào phù hợp với “xyzxyz”.');
    await expect(search.suggestedFields.first()).toBeVisible();
    const field = await search.suggestedFields.first().getAttribute('data-field');
    await search.suggestedFields.first().click();
    await expectCatalogueScreen(shell, 'procedures');
    await expect(list.title).toHaveText(field!);
    await list.backButton.click();
    await expectCatalogueScreen(shell, 'search');
    await expect(search.input).toHaveValue('xyzxyz');
  });

  test('a field’s list searches that field only, until the citizen widens it to every field', async ({ shell, entry, fields, list, search }) => {
    await entry.browseFieldsButton.click();
    await fields.open(birth.field);
    await shell.screenshot('procedure-list-search-in-field');
    await list.searchInFieldButton.click();
    await expectCatalogueScreen(shell, 'search');
    await expect(search.fieldFilter).toHaveText(`Chỉ tìm trong lĩnh vực ${birth.field}Tìm trong mọi lĩnh vực`);
    await search.tapText('giay');
    await expect(search.result('2.000635')).toBeVisible();
    const inField = await search.results.allTextContents();
    expect(inField.length).toBeGreaterThan(0);
    for (const text of inField) expect(text).toContain(birth.field);
    await shell.screenshot('search-in-one-field');
    await expect(search.result('2.000815')).toHaveCount(0);

    expect((await search.clearFieldFilter.boundingBox())!.height).toBeGreaterThanOrEqual(64);
    await search.clearFieldFilter.click();
    await expect(search.fieldFilter).toHaveCount(0);
    await expect(search.result('2.000815')).toBeVisible();
    await expect(search.input).toHaveValue('giay');

    await search.backButton.click();
    await expectCatalogueScreen(shell, 'procedures');
    await expect(list.title).toHaveText(birth.field);
  });

  test('keys are at least 64 px tall and wide', async ({ entry, search }) => {
    await entry.searchButton.click();
    for (const button of ['q', 'a', 'm', '1', '0', '.', '{space}', '{bksp}', '{clear}']) {
      const box = await search.key(button).boundingBox();
      expect(box!.height, button).toBeGreaterThanOrEqual(64);
      expect(box!.width, button).toBeGreaterThanOrEqual(64);
    }
  });
});

test.describe('procedure search and the keyboard-wedge scanner', () => {
  test('typing on a physical keyboard at a person’s pace searches, it is not a scan', async ({ page, entry, search, scanner }) => {
    await entry.searchButton.click();
    await search.input.focus();
    await search.input.pressSequentially('tam tru', { delay: 110 });
    await expect(search.input).toHaveValue('tam tru');
    await expect(search.results.first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await scanner.lookupCount()).toBe(0);
  });

  test('a scan while searching opens the dossier and leaves the search text as it was', async ({ shell, page, entry, search, scanner, result }) => {
    await entry.searchButton.click();
    await search.tapText('khai');
    await expect(search.input).toBeFocused();
    await search.input.evaluate((input: HTMLInputElement) => {
      const seen: string[] = [];
      (window as Window & { __searchValues?: string[] }).__searchValues = seen;
      input.addEventListener('input', () => seen.push(input.value));
    });
    await scanner.scan(DEMO.supplement);
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.supplement);
    // The burst typed into the field was taken back out before the screen changed.
    const values = await page.evaluate(() => (window as Window & { __searchValues?: string[] }).__searchValues ?? []);
    expect(values.at(-1)).toBe('khai');
  });
});
