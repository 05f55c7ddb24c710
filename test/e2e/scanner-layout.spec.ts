import { DEMO, expect, test } from './fixtures.ts';

// The Windows "Vietnamese" keyboard layout puts ă â ê ô, the tone marks and đ on the digit row,
// ư and ơ on the brackets and ₫ on the equals key. A scanner pressing the digit keys then
// "types" letters the page would see as text; the kiosk reads the physical keys instead.
const VIETNAMESE_LAYOUT: Record<string, string> = {
  '1': 'ă', '2': 'â', '3': 'ê', '4': 'ô', '5': '\u0300', '6': '\u0309', '7': '\u0303', '8': '\u0301', '9': '\u0323', '0': 'đ',
  '[': 'ư', ']': 'ơ', '=': '₫',
};

test.describe('a keyboard-wedge scan with the Vietnamese keyboard layout active', () => {
  test('still yields the right code', async ({ shell, scanner, result }) => {
    await scanner.scanThroughLayout(DEMO.inProgressOverdue, (c) => ({ key: VIETNAMESE_LAYOUT[c] ?? c, text: VIETNAMESE_LAYOUT[c] ?? c }));
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.inProgressOverdue);
  });

  test('still yields the right code from a QR code URL with brackets and an AIM prefix', async ({ shell, scanner, result }) => {
    const raw = `]Q1https://dichvucong.example.gov.vn/tra-cuu?maHoSo=${DEMO.payRegistrationFee}&ref=[1]`;
    await scanner.scanThroughLayout(raw, (c) => ({ key: VIETNAMESE_LAYOUT[c] ?? c, text: VIETNAMESE_LAYOUT[c] ?? c }));
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.payRegistrationFee);
  });
});
