import { expect, test } from './fixtures.ts';
import { vietnamTimeOnScreen } from './demo-times.ts';
import { callHost } from './host-call.ts';

test.describe('home screen', () => {
  test('invites the citizen to scan, or to type the code', async ({ home, shell }) => {
    await expect(home.prompt).toHaveText('Đưa mã vạch hoặc mã QR trên Giấy tiếp nhận hồ sơ vào máy quét');
    await expect(home.typeCodeButton).toHaveText('Nhập mã hồ sơ');
    await expect(shell.siteName).toHaveText('Trung tâm Phục vụ hành chính công phường Sông Mây, tỉnh Bình Lam');
    await expect(shell.page).toHaveTitle('Tra cứu hồ sơ');
  });

  test('marks demo data and says when the data was last updated', async ({ shell }) => {
    await expect(shell.demoMark).toBeVisible();
    await expect(shell.demoMark).toContainText('Dữ liệu mẫu');
    await expect(shell.dataAsOf).toHaveText(/^Dữ liệu cập nhật lúc \d{2}:\d{2}\s\d{2}\/\d{2}\/\d{4}$/);
  });

  test('the banner shows the host’s last sync time in Vietnam time', async ({ shell, page }) => {
    const info = await callHost<{ sync: { lastSuccessAt: string } }>(page, 'getKioskInfo');
    await expect(shell.dataAsOf).toHaveText(`Dữ liệu cập nhật lúc ${vietnamTimeOnScreen(new Date(info.body.result!.sync.lastSuccessAt))}`);
  });

  test('touch targets are at least 64 px', async ({ shell, home }) => {
    for (const target of [home.typeCodeButton, shell.languageButton('vi'), shell.languageButton('en')]) {
      const box = await target.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(64);
      expect(box!.width).toBeGreaterThanOrEqual(64);
    }
  });

  test('body text is at least 24 px and set in the bundled Noto Sans', async ({ page, home }) => {
    const style = await home.root.evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), family: s.fontFamily };
    });
    expect(style.size).toBeGreaterThanOrEqual(24);
    expect(style.family).toContain('Noto Sans');
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('700 24px "Noto Sans"', 'Đưa mã vạch ₫');
    });
    expect(loaded).toBe(true);
  });
});
