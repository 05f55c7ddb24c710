import { expect, test } from './fixtures.ts';
import { DEMO } from './fixtures.ts';

test.describe('dossier result', () => {
  test('shows the procedure, a masked applicant, the dates and a plain status sentence', async ({ shell, scanner, result }) => {
    await scanner.scan(DEMO.received);
    await shell.expectScreen('result');
    await expect(result.procedure).toHaveText('Đăng ký thành lập hộ kinh doanh');
    await expect(result.statusName).toContainText('Đã tiếp nhận');
    await expect(result.statusSentence).toHaveText('Hồ sơ đã được tiếp nhận và đang được chuyển đến cơ quan xử lý.');
    await expect(result.receivedAt).toHaveText(/^\d{2}:\d{2}\s\d{2}\/\d{2}\/\d{4}$/);
    await expect(result.dueAt).toHaveText(/^\d{2}:\d{2}\s\d{2}\/\d{2}\/\d{4}$/);
    // Masked by the host: never the full name.
    const applicant = await result.applicant.textContent();
    expect(applicant).toBeTruthy();
    expect(applicant).toMatch(/[*•…]|\.\s/);
    await expect(result.timingBadge).toHaveAttribute('data-timing', 'in-progress');
    await expect(result.timingBadge).toHaveText('Còn trong hạn');
    await expect(result.nextStep).toHaveAttribute('data-kind', 'wait');
  });

  test('an overdue dossier says so in words and with an icon, not by colour alone', async ({ shell, scanner, result }) => {
    await scanner.scan(DEMO.inProgressOverdue);
    await shell.expectScreen('result');
    await expect(result.timingBadge).toHaveAttribute('data-timing', 'overdue');
    await expect(result.timingBadge).toHaveText('Quá hạn');
    await expect(result.timingBadge.locator('svg')).toHaveCount(1);
  });

  test('a dossier finished early shows the counter where to collect it', async ({ shell, scanner, result }) => {
    await scanner.scan(DEMO.finishedEarlyCounter5);
    await shell.expectScreen('result');
    await expect(result.timingBadge).toHaveText('Trước hạn');
    await expect(result.nextStep).toHaveAttribute('data-kind', 'collect');
    await expect(result.collectCounter).toHaveAttribute('data-delivery', 'counter');
    await expect(result.nextStep.getByTestId('answer-where')).toContainText('Quầy số 5');
  });

  test('a request for more documents lists them', async ({ shell, scanner, result }) => {
    await scanner.scan(DEMO.supplement);
    await shell.expectScreen('result');
    await expect(result.statusSentence).toHaveText(
      'Hồ sơ cần bổ sung giấy tờ. Vui lòng mang các giấy tờ dưới đây đến Bộ phận Một cửa.',
    );
    await expect(result.nextStep).toHaveAttribute('data-kind', 'supplement');
    await expect(result.missingDocuments).toHaveCount(3);
  });

  test('fees to pay are written as on the receipt: 1.250.000 ₫', async ({ shell, scanner, result }) => {
    await scanner.scan(DEMO.payRegistrationFee);
    await shell.expectScreen('result');
    await expect(result.nextStep).toHaveAttribute('data-kind', 'pay');
    await expect(result.payAmount).toHaveText('Tổng cộng: 1.250.000 ₫');
  });

  test('the processing history is listed, oldest first', async ({ shell, scanner, result }) => {
    await scanner.scan(DEMO.finishedLate);
    await shell.expectScreen('result');
    await expect(result.timelineEntries).toHaveCount(6);
    const times = await result.timelineEntries.locator('.timeline__when').allTextContents();
    const asDates = times.map((t) => {
      const [hm, dmy] = t.split(' ');
      const [d, m, y] = dmy!.split('/');
      return `${y}${m}${d}${hm}`;
    });
    expect([...asDates].sort()).toEqual(asDates);
  });

  test('a refused dossier gets no on-time badge', async ({ shell, scanner, result }) => {
    await scanner.scan(DEMO.refused);
    await shell.expectScreen('result');
    await expect(result.statusName).toContainText('Không được tiếp nhận');
    await expect(result.timingBadge).toHaveCount(0);
  });

  test('what is scrolled into view stops above the bottom bar and the scroll hint, not under them', async ({ page, scanner, result }) => {
    await page.getByTestId('toggle-largeText').click();
    await scanner.scan(DEMO.supplement);
    await expect(result.code).toHaveText(DEMO.supplement);
    const where = result.nextStep.getByTestId('answer-where');
    await where.evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
    const hint = page.getByTestId('scroll-hint');
    await expect(hint).toBeVisible();
    const covers = [(await page.locator('.result__actions').boundingBox())!.y, (await hint.boundingBox())!.y];
    const box = (await where.boundingBox())!;
    expect(box.y + box.height, `the place to go ends above the bar and the hint (${covers.join(', ')})`).toBeLessThanOrEqual(Math.min(...covers) + 0.5);
  });

  test('"Done" returns home', async ({ shell, scanner, result }) => {
    await scanner.scan(DEMO.received);
    await shell.expectScreen('result');
    await result.done();
    await shell.expectScreen('home');
  });
});
