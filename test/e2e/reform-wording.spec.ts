import { DEMO, expect, test } from './fixtures.ts';

/** Since 1 July 2025 there are no districts: what the citizen reads names the site as configured, in today's terms. */
const WITHDRAWN = '000.00.12.H53-261102-0014';
const LAND_OFFICE_IN_PROGRESS = DEMO.inProgressOverdue;
const NO_DISTRICT = /huyện|quận|thị trấn|thị xã/i;

test.describe('the 2025 reform in what the citizen reads', () => {
  test('the header names the site as configured: a ward’s public administrative service centre', async ({ shell, page }) => {
    await expect(shell.siteName).toHaveText('Trung tâm Phục vụ hành chính công phường Sông Mây, tỉnh Bình Lam');
    await expect(page.locator('body')).not.toContainText(NO_DISTRICT);
  });

  test('statuses in the citizen’s words, not the register’s', async ({ shell, scanner, result, page }) => {
    await scanner.scan(DEMO.received);
    await shell.expectScreen('result');
    await expect(result.statusName).toContainText('Đã tiếp nhận');
    await expect(result.statusName).not.toContainText('Được tiếp nhận');
    await page.getByTestId('nav-home').tap();
    await scanner.scan(WITHDRAWN);
    await shell.expectScreen('result');
    await expect(result.statusName).toContainText('Đã rút hồ sơ theo yêu cầu');
    await expect(result.statusName).not.toContainText('Công dân yêu cầu rút hồ sơ');
  });

  test('the land registration branch has its official name and no district appears on the result', async ({ shell, scanner, page }) => {
    await scanner.scan(LAND_OFFICE_IN_PROGRESS);
    await shell.expectScreen('result');
    await expect(page.getByTestId('result-agency')).toHaveText('Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Mây');
    await expect(page.getByTestId('screen-result')).not.toContainText(NO_DISTRICT);
    await expect(page.getByTestId('screen-result')).not.toContainText('Văn phòng Đăng ký đất đai chi nhánh');
  });
});
