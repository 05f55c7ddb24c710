import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { openDatabase } from '../../electron/db/open-database.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';
import { DEMO, expect, test } from './fixtures.ts';
import { startKioskServer } from './kiosk-server.ts';
import { AttractPage } from './pages/AttractPage.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { RatingPanel } from './pages/RatingPanel.ts';
import { ResultPage } from './pages/ResultPage.ts';
import { Scanner } from './pages/Scanner.ts';
import { StatisticsPage } from './pages/StatisticsPage.ts';

// The kiosk's idle timeout (90 s) on a fake clock: home turns into the attract screen after
// 90 s, a citizen's screen counts down its last 30 s; the tests jump over the quiet time.
test.use({ fakeClock: true });
const QUIET_MS = 61_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function ratingSaves(page: Page): unknown[] {
  const saves: unknown[] = [];
  page.on('request', (request: Request) => {
    if (request.url().endsWith('/api/call/saveRating')) saves.push(request.postDataJSON());
  });
  return saves;
}

test.describe('a citizen at the kiosk', () => {
  test('attract → wake → lookup → rate → idle reset', async ({ shell, page, scanner, result, idle }) => {
    const attract = new AttractPage(page);
    const rating = new RatingPanel(page);
    const saves = ratingSaves(page);

    // Nobody there: home turns into the attract screen, with no countdown (nothing to clear).
    await attract.fastForwardUntilShown();
    await expect(idle.root).toBeHidden();
    await expect(attract.root).toContainText('Tra cứu hồ sơ đã nộp');
    await expect(attract.root).toContainText('Mã vạch và mã QR in trên phiếu, cạnh dòng “Mã hồ sơ”.');
    await expect(attract.root).toContainText('Tìm hiểu thủ tục hành chính');
    await expect(attract.receiptPicture).toContainText('Mã hồ sơ ở đây');
    await expect(attract.scannerHint).toContainText('Máy quét ở phía dưới');
    await expect(attract.startButton).toContainText('Touch the screen to start');

    // Any touch wakes it, and only wakes it: home, not whatever lies where the finger landed.
    const viewport = page.viewportSize()!;
    await attract.touchAt(viewport.width / 2, viewport.height * 0.9);
    await shell.expectScreen('home');

    // A scan wakes it straight into the result.
    await attract.fastForwardUntilShown();
    await scanner.scan(DEMO.supplement);
    await shell.expectScreen('result');
    await expect(result.code).toHaveText(DEMO.supplement);

    // One tap rates, a second adds a reason: the same rating (one idempotency key), saved twice.
    const firstSave = page.waitForResponse((r) => r.url().endsWith('/api/call/saveRating'));
    await rating.choice('not-satisfied').click();
    expect((await firstSave).status()).toBe(200);
    await expect(rating.choice('not-satisfied')).toHaveAttribute('aria-pressed', 'true');
    await expect(rating.status).toHaveText('Cảm ơn Ông/Bà đã đánh giá.');
    const secondSave = page.waitForResponse((r) => r.url().endsWith('/api/call/saveRating'));
    await rating.reason('repeated-requests').click();
    expect(await (await secondSave).json()).toEqual({ ok: true, result: { saved: true } });
    await expect(rating.reason('repeated-requests')).toHaveAttribute('aria-pressed', 'true');
    await expect(rating.status).toHaveAttribute('data-state', 'saved');
    expect(saves).toHaveLength(2);
    const [first, second] = saves as { id: string }[];
    expect(first).toEqual({ id: expect.stringMatching(UUID), dossierCode: DEMO.supplement, rating: 'not-satisfied', reasons: [] });
    expect(second).toEqual({ id: first!.id, dossierCode: DEMO.supplement, rating: 'not-satisfied', reasons: ['repeated-requests'] });

    // Left alone: the countdown, then home for the next citizen, with nothing of this one.
    await page.clock.fastForward(QUIET_MS);
    await expect(idle.root).toBeVisible();
    await page.clock.fastForward(30_000);
    await shell.expectScreen('home');
    await expect(rating.root).toBeHidden();
    await expect(result.root).toBeHidden();
  });

  test('large text and high contrast switch on at home and go back to the site’s defaults at idle', async ({ shell, page, idle }) => {
    const html = page.locator('html');
    const largeText = page.getByTestId('toggle-largeText');
    const highContrast = page.getByTestId('toggle-highContrast');
    await expect(html).toHaveAttribute('data-text', 'standard');
    const standardSize = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

    await largeText.click();
    await expect(largeText).toHaveAttribute('aria-pressed', 'true');
    await expect(html).toHaveAttribute('data-text', 'large');
    const largeSize = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(largeSize / standardSize).toBeGreaterThanOrEqual(1.25);

    await highContrast.click();
    await expect(highContrast).toHaveAttribute('aria-pressed', 'true');
    await expect(html).toHaveAttribute('data-contrast', 'high');
    const page_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(page_).toBe('rgb(255, 255, 255)');

    // Modes on, even at home, are the last citizen's: the countdown clears them.
    await page.clock.fastForward(QUIET_MS);
    await expect(idle.root).toBeVisible();
    await page.clock.fastForward(30_000);
    await expect(html).toHaveAttribute('data-text', 'standard');
    await expect(html).toHaveAttribute('data-contrast', 'standard');
    await shell.expectScreen('home');
    await expect(largeText).toHaveAttribute('aria-pressed', 'false');
    await expect(highContrast).toHaveAttribute('aria-pressed', 'false');
  });

  test('the statistics screen shows the demo data’s figures', async ({ shell, page }) => {
    const stats = new StatisticsPage(page);
    await StatisticsPage.openButton(page).click();
    await stats.expectOpen();
    // assets/demo/README.md: ten finished dossiers, two of them late; eleven being processed.
    await expect(stats.period('last12Months')).toHaveAttribute('aria-pressed', 'true');
    await expect(stats.rate).toHaveText('80%');
    await expect(stats.onTimeOf).toHaveText('8/10 hồ sơ đúng hạn');
    await expect(stats.figure(stats.processing)).toHaveText('11');
    await expect(stats.canvas('months')).toBeVisible();
    await expect(stats.canvas('fields')).toBeVisible();
    await expect(stats.canvas('agencies')).toBeVisible();
    await expect(stats.chart('fields')).toHaveAttribute('aria-label', /Hộ tịch: 100% \(3\/3 hồ sơ\)/);
    await expect(stats.chart('fields')).toHaveAttribute('aria-label', /Hoạt động xây dựng: 0% \(0\/1 hồ sơ\)/);
    await expect(stats.chart('agencies')).toHaveAttribute('aria-label', /Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Mây: 50% \(1\/2 hồ sơ\)/);
    await stats.homeButton.click();
    await shell.expectScreen('home');
  });
});

/** A platform speech engine with the given voices; what it is asked to say lands in `window.__spoken`. */
async function fakeSpeech(page: Page, voices: { lang: string; name: string }[]): Promise<void> {
  await page.addInitScript((list) => {
    const spoken: unknown[] = [];
    (window as unknown as { __spoken: unknown[] }).__spoken = spoken;
    const all = list.map((v, i) => ({ ...v, default: i === 0, localService: true, voiceURI: v.name }));
    const synth = {
      getVoices: () => all,
      speak: (u: SpeechSynthesisUtterance) => {
        spoken.push({ text: u.text, lang: u.lang });
        setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 1000);
      },
      cancel: () => spoken.push('cancel'),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    // Real utterances accept only the platform's own voice objects: stand in for them too.
    class FakeUtterance {
      voice: unknown = null;
      lang = '';
      rate = 1;
      onend: ((event: Event) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  }, voices);
}

test.describe('read-aloud of the dossier status', () => {
  test('reads the status in Vietnamese where the platform has a Vietnamese voice, and stops when the citizen leaves', async ({ page, kiosk }) => {
    await fakeSpeech(page, [{ lang: 'vi-VN', name: 'Tiếng Việt' }]);
    const shell = new KioskShell(page);
    await shell.open(kiosk.url);
    await new Scanner(page).scan(DEMO.supplement);
    const result = new ResultPage(page);
    await expect(result.root).toBeVisible();
    const button = page.getByTestId('read-aloud');
    await expect(button).toHaveText('Đọc to tình trạng hồ sơ');
    await button.click();
    await expect(button).toHaveText('Dừng đọc');
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken);
    expect(spoken.at(-1)).toEqual({
      lang: 'vi-VN',
      text: 'Yêu cầu bổ sung giấy tờ. Hồ sơ cần bổ sung giấy tờ. Vui lòng mang các giấy tờ dưới đây đến Bộ phận Một cửa. Còn trong hạn.',
    });
    await expect(button).toHaveText('Đọc to tình trạng hồ sơ');
    await result.done();
    expect(await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.at(-1))).toBe('cancel');
  });

  test('without a Vietnamese voice in the browser, the host reads the status aloud (espeak-ng) and stops when the citizen leaves', async ({ page, kiosk }) => {
    await fakeSpeech(page, [{ lang: 'en-US', name: 'English' }]);
    const shell = new KioskShell(page);
    await shell.open(kiosk.url);
    await new Scanner(page).scan(DEMO.supplement);
    const result = new ResultPage(page);
    await expect(result.root).toBeVisible();
    const button = page.getByTestId('read-aloud');
    await expect(button).toHaveText('Đọc to tình trạng hồ sơ');
    const spoken = page.waitForResponse((response) => response.url().endsWith('/api/call/speakText'));
    await button.click();
    const response = await spoken;
    expect(response.request().postDataJSON()).toEqual({
      lang: 'vi',
      text: 'Yêu cầu bổ sung giấy tờ. Hồ sơ cần bổ sung giấy tờ. Vui lòng mang các giấy tờ dưới đây đến Bộ phận Một cửa. Còn trong hạn.',
    });
    expect(await response.json()).toEqual({ ok: true, result: { outcome: 'speaking' } });
    await expect(button).toHaveText('Dừng đọc');
    const stopped = page.waitForRequest((request) => request.url().endsWith('/api/call/stopSpeaking'));
    await result.done();
    await stopped;
    // The browser never spoke: it has no Vietnamese voice.
    expect(await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.some((s) => typeof s === 'object'))).toBe(false);
  });

  test('offers no read-aloud where neither the browser nor the host (no espeak-ng) has a voice for the language', async ({ page }) => {
    const server = await startKioskServer({ env: { ...process.env, PATH: mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-no-espeak-')) } });
    try {
      await fakeSpeech(page, [{ lang: 'en-US', name: 'English' }]);
      const shell = new KioskShell(page);
      await shell.open(server.url);
      await new Scanner(page).scan(DEMO.received);
      await expect(new ResultPage(page).root).toBeVisible();
      await page.waitForTimeout(1000);
      await expect(page.getByTestId('read-aloud')).toHaveCount(0);
      await shell.setLanguage('en');
      await expect(page.getByTestId('read-aloud')).toHaveText('Read the status aloud');
    } finally {
      await server.stop();
    }
  });
});

test.describe('the attract screen on a kiosk model with the scanner beside the screen', () => {
  test('points to the right when the technician set the scanner there', async ({ page }) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-attract-'));
    const dbPath = path.join(dir, 'kiosk.db');
    const db = openDatabase(dbPath);
    new SettingsStore(db).set('scannerPosition', 'right');
    db.close();
    const server = await startKioskServer({ dbPath });
    try {
      await page.clock.install();
      await new KioskShell(page).open(server.url);
      const attract = new AttractPage(page);
      await attract.fastForwardUntilShown();
      await expect(attract.scannerHint).toHaveAttribute('data-position', 'right');
      await expect(attract.scannerHint).toContainText('Máy quét ở bên phải');
      const hint = (await attract.scannerHint.boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(hint.x + hint.width).toBeGreaterThan(viewport.width * 0.8);
      await new KioskShell(page).screenshot('attract-scanner-right-portrait');
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
