import type { DossierRecord } from '../../shared/contract/index.ts';
import type { DistrictSim } from '../district-sim/index.ts';
import { expect, test } from './fixtures.ts';
import { startKioskWithDistrict } from './kiosk-with-district.ts';
import type { KioskServer } from './kiosk-server.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { ResultPage } from './pages/ResultPage.ts';
import { Scanner } from './pages/Scanner.ts';

const TOKEN = 'e2e-national-token-0123456789';

/**
 * The running kiosk (`npm run serve`) with districtProtocol set to `national`, in Chromium:
 * it syncs from the district simulator publishing the national portal's field names, and a scan
 * shows the mapped supplement request, fees owed and how the result is collected.
 */
test.describe('a kiosk syncing from a national-format server', () => {
  test.describe.configure({ mode: 'serial' });
  let sim: DistrictSim;
  let kiosk: KioskServer;
  let stop: () => Promise<void>;
  const find = (test: (r: DossierRecord) => boolean): DossierRecord => {
    const found = sim.state.allDossiers().find(test);
    if (!found) throw new Error('the simulator has no such dossier');
    return found;
  };

  test.beforeAll(async () => {
    ({ sim, kiosk, stop } = await startKioskWithDistrict({ dossiers: 200, token: TOKEN, seed: 5, format: 'national', anchor: new Date('2026-11-20T03:00:00Z') }, { districtProtocol: 'national' }));
  });

  test.afterAll(async () => {
    await stop?.();
  });

  test('a scan shows the supplement request, the fees owed and the collection, read from the portal’s fields', async ({ page }) => {
    const shell = new KioskShell(page);
    const result = new ResultPage(page);
    const scanner = new Scanner(page);
    await shell.open(kiosk.url);
    await expect(shell.dataAsOf).toContainText('Dữ liệu cập nhật lúc', { timeout: 60_000 });
    // The kiosk read the portal's records from the feed, as items (the compact shape is its own format's).
    const feed = sim.requests().filter((r) => r.route === 'changes');
    expect(feed.length).toBeGreaterThan(0);
    expect(feed.every((r) => r.status === 200 && !r.path.includes('shape=compact'))).toBe(true);

    const supplement = find((r) => r.status === 5 && (r.missingDocuments?.length ?? 0) > 0);
    await scanner.scan(supplement.code);
    await shell.expectScreen('result');
    await expect(result.nextStep).toHaveAttribute('data-kind', 'supplement');
    await expect(result.missingDocuments).toHaveText(supplement.missingDocuments!);
    await expect(page.getByTestId('supplement-note')).toContainText(`Đề nghị bổ sung: ${supplement.missingDocuments!.join('; ')}`);
    await result.done();
    await shell.expectScreen('home');

    const paying = find((r) => r.status === 6 && (r.feeVnd ?? 0) > 0);
    await scanner.scan(paying.code);
    await shell.expectScreen('result');
    await expect(result.nextStep).toHaveAttribute('data-kind', 'pay');
    await expect(page.getByTestId('fee-owed')).toContainText('Lệ phí giải quyết thủ tục hành chính');
    await expect(result.payAmount).toContainText(paying.feeVnd!.toLocaleString('vi-VN'));
    await result.done();
    await shell.expectScreen('home');

    const finished = find((r) => r.status === 9 && r.resultCounter !== null);
    await scanner.scan(finished.code);
    await shell.expectScreen('result');
    await expect(result.nextStep).toHaveAttribute('data-kind', 'collect');
    await expect(page.getByTestId('result-documents')).toContainText(`Kết quả: ${finished.procedureName}`);
    const delivery = await result.collectCounter.getAttribute('data-delivery');
    // HinhThuc "0": the counter named by ThongTinTra; "1": by post, and the address is never read.
    if (delivery === 'counter') await expect(result.nextStep.getByTestId('answer-where')).toContainText(finished.resultCounter!);
    else await expect(result.collectCounter).toContainText('bưu chính');
  });
});
