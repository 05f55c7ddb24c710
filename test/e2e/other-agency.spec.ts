import { qrCodeDataUrl } from '../../renderer/components/qr-code.ts';
import { NATIONAL_DOSSIER_LOOKUP_URL } from '../../shared/contract/portal-link.ts';
import { DEMO, expect, test } from './fixtures.ts';

/** A receipt of xã Đồng Cỏ, an agency of the province the demo site knows but does not serve (assets/demo/site.json). */
const KNOWN_OTHER_AGENCY = '000.00.15.H53-261120-0001';

test.describe('a receipt of another agency', () => {
  test('names the agency, not its code, and offers the national portal’s lookup on the phone', async ({ shell, scanner, errorPage, page }) => {
    await scanner.scan(KNOWN_OTHER_AGENCY);
    await shell.expectScreen('other-agency');
    const screen = errorPage.of('other-agency');
    await expect(screen.agency).toHaveText('Ủy ban nhân dân xã Đồng Cỏ');
    const image = page.getByTestId('other-agency-qr-image');
    await expect(image).toBeVisible();
    // The same encoder with the same options draws the same symbol only for the same text.
    await expect(image).toHaveAttribute('src', await qrCodeDataUrl(NATIONAL_DOSSIER_LOOKUP_URL));
    await expect(page.getByTestId('other-agency-qr')).toContainText(`rồi nhập mã hồ sơ ${KNOWN_OTHER_AGENCY}`);
    await expect(page.getByTestId('other-agency-qr')).toContainText('Cổng Dịch vụ công quốc gia');
  });

  test('an agency the kiosk does not know is named by the receipt, with its code', async ({ shell, scanner, errorPage, page }) => {
    await scanner.scan(DEMO.otherAgency);
    await shell.expectScreen('other-agency');
    await expect(errorPage.of('other-agency').agency).toHaveText(
      'cơ quan có mã 000.00.15.H48 (tên cơ quan in trên Giấy tiếp nhận hồ sơ của Ông/Bà)',
    );
    await expect(page.getByTestId('other-agency-qr-image')).toHaveAttribute('src', await qrCodeDataUrl(NATIONAL_DOSSIER_LOOKUP_URL));
  });

  test('in English as well', async ({ shell, scanner, errorPage, page }) => {
    await shell.setLanguage('en');
    await scanner.scan(KNOWN_OTHER_AGENCY);
    await expect(errorPage.of('other-agency').agency).toHaveText('Ủy ban nhân dân xã Đồng Cỏ');
    await expect(page.getByTestId('other-agency-qr')).toContainText('National Public Service Portal');
  });
});
