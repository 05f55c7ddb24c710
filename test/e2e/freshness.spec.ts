import { statusName } from '../../shared/i18n/index.ts';
import type { DistrictSim } from '../district-sim/index.ts';
import { expect, test } from './fixtures.ts';
import { startKioskWithDistrict } from './kiosk-with-district.ts';
import type { KioskServer } from './kiosk-server.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { ResultPage } from './pages/ResultPage.ts';
import { Scanner } from './pages/Scanner.ts';

const TOKEN = 'e2e-freshness-token-0123456789';

/** The status line as the result screen shows it ("Tình trạng: Đang xử lý"). */
const shownStatus = (status: number) => new RegExp(`: ${statusName('vi', status as Parameters<typeof statusName>[1])}$`);

/**
 * Freshness at the scan (issue 11 §3), in Chromium against a real kiosk host synced with the
 * district simulator on loopback: the counter signs a change after the kiosk's last sync, and one
 * scan shows the cached status first, then the server's, on the same screen.
 */
test.describe('freshness at the scan', () => {
  test.describe.configure({ mode: 'serial' });
  let sim: DistrictSim;
  let kiosk: KioskServer;
  let stop: () => Promise<void>;

  test.beforeAll(async () => {
    ({ sim, kiosk, stop } = await startKioskWithDistrict({ dossiers: 30, token: TOKEN, seed: 33 }));
  });

  test.afterAll(async () => {
    await stop?.();
  });

  test('a change made after the last sync reaches the screen of the same scan', async ({ page }) => {
    const shell = new KioskShell(page);
    await shell.open(kiosk.url);
    // The kiosk's own scheduled sync has run: its banner gives the time of the data.
    await expect(shell.dataAsOf).toContainText('Dữ liệu cập nhật lúc', { timeout: 60_000 });
    const before = new Map(sim.state.allDossiers().map((d) => [d.code, d.status]));
    const [code] = sim.advance(1);
    const cachedStatus = before.get(code!)!;
    const serverStatus = sim.state.dossier(code!)!.status;
    expect(serverStatus).not.toBe(cachedStatus);
    // The server takes a moment to answer, so the cached answer is on screen long enough to see.
    sim.faults.inject({ kind: 'latency', route: 'dossier', ms: 1_000 });
    sim.clearRequests();

    // Every status name the screen shows, in order, from the scan on.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { statusesSeen: string[] }).statusesSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="status-name"]')?.textContent ?? null;
        if (text !== null && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const result = new ResultPage(page);
    await new Scanner(page).scan(code!);
    await shell.expectScreen('result');
    await expect(result.statusName).toHaveText(shownStatus(serverStatus), { timeout: 15_000 });
    await expect(shell.dataAsOf).toHaveAttribute('data-freshness', 'confirmed');
    await expect(shell.dataAsOf).toContainText('Vừa xác nhận với máy chủ lúc');

    const seen = await page.evaluate(() => (window as unknown as { statusesSeen: string[] }).statusesSeen);
    expect(seen).toEqual([expect.stringMatching(shownStatus(cachedStatus)), expect.stringMatching(shownStatus(serverStatus))]);
    // One scan, one live request.
    expect(sim.requests().filter((r) => r.route === 'dossier')).toHaveLength(1);
  });

  test('when the server cannot be asked, the answer says how old it is', async ({ page }) => {
    const shell = new KioskShell(page);
    await shell.open(kiosk.url);
    const code = sim.state.allDossiers()[4]!.code;
    sim.faults.inject({ kind: 'http-500', route: 'dossier' });
    await new Scanner(page).scan(code);
    await shell.expectScreen('result');
    await expect(shell.dataAsOf).toHaveAttribute('data-freshness', 'unconfirmed', { timeout: 15_000 });
    await expect(shell.dataAsOf).toContainText(/Chưa xác nhận được với máy chủ: dữ liệu cập nhật lúc \d\d:\d\d\s\d\d\/\d\d\/\d{4} \((vừa xong|\d+ phút trước)\)/);
    await shell.setLanguage('en');
    await expect(shell.dataAsOf).toContainText('Not confirmed with the server: data as of');
  });
});
