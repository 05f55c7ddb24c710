import { qrCodeDataUrl } from '../../renderer/components/qr-code.ts';
import { expect, test } from './fixtures.ts';
import { DEMO } from './fixtures.ts';

/** Demo dossiers (assets/demo/README.md) that carry each kind of detail, and the demo site's settings (site.json). */
const CASES = {
  supplementNoNewDate: '000.00.12.H53-261117-0027',
  payOneFee: '000.00.12.H53-261109-00142',
  readyByPost: '000.22.12.H53-261116-0008',
  returned: '000.21.12.H53-261119-0002',
  returnedByPost: '000.12.12.H53-261020-0017',
  withdrawn: '000.00.12.H53-261102-0014',
  stopped: '000.12.12.H53-261103-0009',
} as const;
const SITE = {
  hours: 'Giờ làm việc: Thứ Hai – Thứ Sáu: 7:30–11:30 và 13:30–17:00; sáng thứ Bảy: 7:30–11:30',
  reception: 'Nơi đến: Quầy số 1 – Tiếp nhận hồ sơ',
  payment: 'Nơi đến: Quầy số 4 – Thu phí, lệ phí',
  results: 'Nơi đến: Quầy số 6 – Trả kết quả',
  hotline: '0300 000 111',
  lookup: 'https://dichvucong.binhlam.example/tra-cuu-ho-so?ma={code}',
};

test.describe('the answer says what to do, from the district’s data', () => {
  test('documents missing (5): what to bring with the officer’s note, a gloss, the new due date, the counter and the hours; no on-time badge', async ({ shell, scanner, result, page }) => {
    await scanner.scan(DEMO.supplement);
    await shell.expectScreen('result');
    await expect(result.nextStep).toHaveAttribute('data-kind', 'supplement');
    await expect(result.missingDocuments).toHaveCount(3);
    await expect(page.getByTestId('supplement-note')).toContainText('Bổ sung mảnh trích đo địa chính thửa đất');
    await expect(page.getByTestId('document-gloss')).toHaveText([/^“Bản sao có chứng thực”: bản chụp đã được Ủy ban nhân dân xã, phường/, /^“Mảnh trích đo địa chính”/]);
    await expect(page.getByTestId('supplement-due')).toHaveText(/^Ngày hẹn trả kết quả mới: \d{2}:\d{2}\s\d{2}\/\d{2}\/\d{4}, khi Ông\/Bà đã nộp đủ giấy tờ\.$/);
    await expect(result.nextStep.getByTestId('answer-where')).toHaveText(SITE.reception);
    await expect(result.nextStep.getByTestId('answer-hours')).toHaveText(SITE.hours);
    await expect(result.timingBadge).toHaveCount(0);
  });

  test('documents missing with no new date yet: the time limit restarts when they are brought', async ({ shell, scanner, result, page }) => {
    await scanner.scan(CASES.supplementNoNewDate);
    await shell.expectScreen('result');
    await expect(page.getByTestId('supplement-due')).toHaveText('Thời hạn giải quyết được tính lại từ ngày Ông/Bà nộp đủ giấy tờ; cán bộ sẽ hẹn ngày trả kết quả mới.');
    await expect(result.dueAt).toHaveText('Tính lại khi Ông/Bà nộp đủ giấy tờ');
    await expect(result.timingBadge).toHaveCount(0);
    await expect(page.getByTestId('document-gloss')).toHaveText([/^“Bản sao”: bản chụp \(photo\)/]);
  });

  test('fees owed (6): each fee by name and amount, the total, where and how to pay', async ({ shell, scanner, result, page }) => {
    await scanner.scan(DEMO.payRegistrationFee);
    await shell.expectScreen('result');
    const fees = page.getByTestId('fee-owed');
    await expect(fees).toHaveText(['Lệ phí trước bạ nhà, đất1.000.000 ₫', 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất100.000 ₫', 'Phí thẩm định hồ sơ cấp Giấy chứng nhận150.000 ₫']);
    await expect(result.payAmount).toHaveText('Tổng cộng: 1.250.000 ₫');
    await expect(page.getByTestId('pay-how')).toContainText('Vui lòng giữ lại biên lai.');
    await expect(result.nextStep.getByTestId('answer-where')).toHaveText(SITE.payment);
    await expect(result.nextStep.getByTestId('answer-hours')).toHaveText(SITE.hours);

    await result.done();
    await scanner.scan(CASES.payOneFee);
    await shell.expectScreen('result');
    await expect(page.getByTestId('fee-owed')).toHaveText(['Lệ phí đăng ký hộ kinh doanh150.000 ₫']);
    await expect(result.payAmount).toHaveText('Số tiền cần nộp (phí, lệ phí): 150.000 ₫');
  });

  test('ready (9) at a counter: which counter, the hours, what to bring, collecting by proxy, what the result is', async ({ shell, scanner, result, page }) => {
    await scanner.scan(DEMO.finishedEarlyCounter5);
    await shell.expectScreen('result');
    await expect(result.collectCounter).toHaveAttribute('data-delivery', 'counter');
    await expect(result.nextStep.getByTestId('answer-where')).toHaveText('Nơi đến: Quầy số 5 (Đất đai) – Trung tâm Phục vụ hành chính công phường Sông Mây');
    await expect(result.nextStep.getByTestId('answer-hours')).toHaveText(SITE.hours);
    await expect(page.getByTestId('collect-bring')).toHaveText('Mang theo: Giấy tiếp nhận hồ sơ và hẹn trả kết quả, thẻ Căn cước hoặc Căn cước công dân (CCCD).');
    await expect(page.getByTestId('collect-proxy')).toContainText('giấy ủy quyền');
    await expect(page.getByTestId('result-documents')).toContainText('Giấy chứng nhận quyền sử dụng đất');
  });

  test('ready (9) by post: it comes by post, nobody needs to come; where to ask if it does not', async ({ shell, scanner, result, page }) => {
    await scanner.scan(CASES.readyByPost);
    await shell.expectScreen('result');
    await expect(result.collectCounter).toHaveAttribute('data-delivery', 'post');
    await expect(result.statusSentence).toHaveText('Hồ sơ đã được giải quyết xong. Kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký.');
    await expect(result.collectCounter).toHaveText('Kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký; Ông/Bà không cần đến nhận.');
    await expect(page.getByTestId('collect-proxy')).toHaveCount(0);
    await expect(result.nextStep.getByTestId('answer-where')).toHaveText(SITE.results);
  });

  test('returned (10): when it was handed over, and where to ask', async ({ shell, scanner, result, page }) => {
    await scanner.scan(CASES.returned);
    await shell.expectScreen('result');
    await expect(result.nextStep).toHaveAttribute('data-kind', 'returned');
    await expect(page.getByTestId('returned-on')).toHaveText(/^Kết quả đã được trả ngày \d{2}:\d{2}\s\d{2}\/\d{2}\/\d{4}\.$/);
    await expect(result.nextStep.getByTestId('answer-where')).toHaveText(SITE.results);
  });

  test('returned (10) by post: when it was posted, never "come to the counter"; where to ask if it has not arrived', async ({ shell, scanner, result, page }) => {
    await scanner.scan(CASES.returnedByPost);
    await shell.expectScreen('result');
    await expect(result.statusSentence).toHaveText('Kết quả đã được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký.');
    await expect(result.nextStep).toHaveAttribute('data-kind', 'returned');
    const posted = page.getByTestId('returned-on');
    await expect(posted).toHaveAttribute('data-delivery', 'post');
    await expect(posted).toHaveText(/^Kết quả đã được gửi qua dịch vụ bưu chính công ích ngày \d{2}:\d{2}\s\d{2}\/\d{2}\/\d{4}, đến địa chỉ Ông\/Bà đã đăng ký\.$/);
    await expect(result.nextStep).toContainText('Chưa nhận được sau vài ngày?');
    await expect(result.nextStep.getByTestId('answer-where')).toHaveText(SITE.results);
  });

  for (const [name, code, reason, ask] of [
    ['refused (3)', DEMO.refused, 'thửa đất đang có đơn tranh chấp chưa được hòa giải', 'cách nộp lại hồ sơ'],
    ['withdrawn (7)', CASES.withdrawn, 'Trả lại hồ sơ cho công dân', 'nhận lại giấy tờ đã nộp'],
    ['stopped (8)', CASES.stopped, 'thửa đất nằm trong khu vực đã có thông báo thu hồi đất', 'vì sao hồ sơ dừng xử lý'],
  ] as const) {
    test(`${name}: the reason as recorded and when, and whom to ask`, async ({ shell, scanner, result, page }) => {
      await scanner.scan(code);
      await shell.expectScreen('result');
      await expect(result.nextStep).toHaveAttribute('data-kind', 'closed');
      await expect(page.getByTestId('closed-reason')).toContainText(/^Lý do, theo ghi nhận ngày \d{2}:\d{2}\s\d{2}\/\d{2}\/\d{4}:/);
      await expect(page.getByTestId('closed-reason')).toContainText(reason);
      await expect(page.getByTestId('closed-ask')).toContainText(ask);
      await expect(result.nextStep.getByTestId('answer-where')).toHaveText(SITE.reception);
      // No result will come, so no date to wait for: the old one is not shown as if it held.
      await expect(page.getByTestId('summary-due')).toHaveCount(0);
      await expect(page.getByTestId('result-due')).toHaveText('Không còn áp dụng (hồ sơ không tiếp tục giải quyết)');
    });
  }

  test('every result offers the site’s hotline and complaint route; "not satisfied" leads there too', async ({ shell, scanner, page }) => {
    await scanner.scan(DEMO.received);
    await shell.expectScreen('result');
    const help = page.getByTestId('screen-result').getByTestId('help-contacts');
    await expect(help.getByTestId('help-hotline')).toHaveText(`Đường dây nóng: ${SITE.hotline}`);
    await expect(help.getByTestId('help-complaint')).toHaveText('Phản ánh, kiến nghị: Hòm thư góp ý ở sảnh, hoặc gặp cán bộ trực tại Quầy số 1.');
    await expect(page.getByTestId('rating-complaint')).toHaveCount(0);
    await page.getByTestId('rate-not-satisfied').tap();
    const complaint = page.getByTestId('rating-complaint');
    await expect(complaint).toBeVisible();
    await expect(complaint).toContainText('Rất tiếc Ông/Bà chưa hài lòng');
    await expect(complaint.getByTestId('help-hotline')).toHaveText(`Đường dây nóng: ${SITE.hotline}`);
    await page.getByTestId('rate-satisfied').tap();
    await expect(page.getByTestId('rating-complaint')).toHaveCount(0);
  });

  test('every error screen offers the hotline and complaint route', async ({ shell, scanner, page }) => {
    for (const [raw, screen] of [
      [DEMO.missing, 'not-found'],
      [DEMO.otherAgency, 'other-agency'],
      ['000.00.12.H53-261340-0001', 'unreadable'],
    ] as const) {
      await scanner.scan(raw);
      await shell.expectScreen(screen);
      await expect(page.getByTestId('help-hotline')).toHaveText(`Đường dây nóng: ${SITE.hotline}`);
      await expect(page.getByTestId('help-complaint')).toContainText('Phản ánh, kiến nghị:');
      await page.getByTestId('nav-home').tap();
      await shell.expectScreen('home');
    }
  });

  test('the result’s QR code opens this dossier’s public lookup: the site’s address with the code, nothing personal', async ({ shell, scanner, page }) => {
    await scanner.scan(DEMO.received);
    await shell.expectScreen('result');
    const image = page.getByTestId('dossier-qr-image');
    await expect(image).toBeVisible();
    const url = SITE.lookup.replace('{code}', DEMO.received);
    // The same encoder with the same options draws the same symbol only for the same text.
    await expect(image).toHaveAttribute('src', await qrCodeDataUrl(url));
    await expect(image).toHaveAttribute('alt', `Mã QR mở trang tra cứu hồ sơ ${DEMO.received}`);
    const box = await image.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(150);
  });

  test('no print action where no receipt printer is configured', async ({ shell, scanner, page }) => {
    await scanner.scan(DEMO.finishedEarlyCounter5);
    await shell.expectScreen('result');
    await expect(page.getByTestId('dossier-qr-image')).toBeVisible();
    await expect(page.getByTestId('print-answer')).toHaveCount(0);
  });

  test('in English as well', async ({ shell, scanner, page }) => {
    await page.getByTestId('lang-en').tap();
    await scanner.scan(DEMO.payRegistrationFee);
    await shell.expectScreen('result');
    await expect(page.getByTestId('pay-amount')).toHaveText('Total: 1.250.000 ₫');
    await expect(page.getByTestId('screen-result').getByTestId('help-hotline')).toHaveText(`Hotline: ${SITE.hotline}`);
    await expect(page.getByTestId('answer-hours')).toHaveText(SITE.hours.replace('Giờ làm việc', 'Opening hours'));
  });
});
