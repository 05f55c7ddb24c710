import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { TouchScreen } from './pages/TouchScreen.ts';

/** Records, after the page's own listeners, whether each event of `type` was cancelled. */
async function watchCancelled(page: Page, type: string): Promise<() => Promise<boolean[]>> {
  const key = `__cancelled_${type}`;
  await page.evaluate(
    ({ type, key }) => {
      const seen: boolean[] = [];
      (window as unknown as Record<string, boolean[]>)[key] = seen;
      document.addEventListener(type, (event) => seen.push(event.defaultPrevented));
    },
    { type, key },
  );
  return () => page.evaluate((key) => (window as unknown as Record<string, boolean[]>)[key] ?? [], key);
}

async function openProcedure(page: Page) {
  await page.getByTestId('open-fields').click();
  await page.getByTestId('field-tile').first().click();
  await page.getByTestId('procedure-item').first().click();
  await expect(page.getByTestId('kiosk-app')).toHaveAttribute('data-screen', 'procedure');
}

test('a pinch does not zoom the kiosk', async ({ shell, page }) => {
  const cdp = await page.context().newCDPSession(page);
  const scale = () => page.evaluate(() => window.visualViewport?.scale ?? 1);
  expect(await scale()).toBe(1);
  // Two fingers spreading apart (with `touch-action: manipulation` this zooms Chromium to 4x).
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 500, y: 900, id: 1 }, { x: 580, y: 900, id: 2 }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 500 - i * 30, y: 900, id: 1 }, { x: 580 + i * 30, y: 900, id: 2 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForTimeout(500);
  expect(await scale()).toBe(1);
  expect(await page.evaluate(() => getComputedStyle(document.body).touchAction)).toBe('pan-x pan-y');
  void shell;
});

test('ctrl + wheel and the zoom keys are cancelled', async ({ shell, page }) => {
  await shell.expectScreen('home');
  const wheels = await watchCancelled(page, 'wheel');
  const keys = await watchCancelled(page, 'keydown');
  await page.mouse.move(540, 900);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.press('Equal');
  await page.keyboard.up('Control');
  await expect.poll(wheels).toContain(true);
  expect((await keys()).some((cancelled) => cancelled)).toBe(true);
  expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
});

test('a long press opens no menu and selects nothing; images cannot be dragged', async ({ shell, page }) => {
  await shell.expectScreen('home');
  await openProcedure(page);
  const image = page.locator('img').first();
  await expect(image).toBeVisible();
  const menus = await watchCancelled(page, 'contextmenu');
  const drags = await watchCancelled(page, 'dragstart');

  const box = await image.boundingBox();
  if (!box) throw new Error('no image on the procedure screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  await expect.poll(menus).toEqual([true]);

  // A mouse drag of the QR image: either no drag starts at all, or it is cancelled.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 120, { steps: 8 });
  await page.mouse.up();
  expect((await drags()).every((cancelled) => cancelled)).toBe(true);
  expect(await image.evaluate((img) => getComputedStyle(img).getPropertyValue('-webkit-user-drag'))).toBe('none');

  // A finger held on the procedure's name: no selection (so no handles).
  const touch = new TouchScreen(page);
  const title = await touch.centreOf(page.locator('h2, h1').last());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...title, id: 1 }] });
  await page.waitForTimeout(1200);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
});

test('the code and search fields allow no selection handles', async ({ home, manual, page }) => {
  await home.openManualEntry();
  await expect(manual.input).toBeVisible();
  expect(await manual.input.evaluate((input) => getComputedStyle(input).userSelect)).toBe('none');
  await manual.backButton.click();
  await page.getByTestId('open-search').first().click();
  const search = page.locator('input').first();
  await expect(search).toBeVisible();
  expect(await search.evaluate((input) => getComputedStyle(input).userSelect)).toBe('none');
});

test('the demo badge explains itself in visible words, with no hover tooltip', async ({ shell }) => {
  await expect(shell.demoMark).toBeVisible();
  await expect(shell.demoMark).not.toHaveAttribute('title');
  await expect(shell.demoMark.locator('[title]')).toHaveCount(0);
  const note = shell.demoMark.getByTestId('demo-mark-note');
  await expect(note).toBeVisible();
  await expect(note).toHaveText('Máy đang chạy với dữ liệu mẫu, không phải hồ sơ thật.');
  const box = await note.boundingBox();
  expect(box && box.width > 20 && box.height > 10).toBe(true);
});
