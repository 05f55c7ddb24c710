import type { Page } from '@playwright/test';
import { SCAN_REPEAT_WINDOW_MS } from '../../renderer/scanner/scan-repeat-filter.ts';
import { TAP_QUIET_MS } from '../../renderer/touch/tap-guard.ts';
import { ORIENTATIONS } from './citizen-screenshot-tools.ts';
import { demoDueOnScreen } from './demo-times.ts';
import { DEMO, expect, test } from './fixtures.ts';
import { callHost } from './host-call.ts';
import type { KioskServer } from './kiosk-server.ts';
import { longestNationalProcedureName, startLongNameKiosk } from './long-name-kiosk.ts';
import { expectFirstLineInView, expectInView, expectScrollHintCoversNoText } from './pages/FirstScreenful.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { expectReadableText } from './pages/ReadableText.ts';
import { Scanner } from './pages/Scanner.ts';
import { TechnicianPage } from './pages/TechnicianPage.ts';
import { expectLabelsOnOneLine, expectOnScreen, expectUnscrolled } from './pages/Viewport.ts';

const DISPLAY_MODES = [
  { name: 'normal', toggles: [] },
  { name: 'high contrast', toggles: ['toggle-highContrast'] },
  { name: 'large text', toggles: ['toggle-largeText'] },
  { name: 'large text and high contrast', toggles: ['toggle-largeText', 'toggle-highContrast'] },
] as const;

for (const { name: orientation, viewport } of ORIENTATIONS) {
  test.describe(`layout, ${orientation}`, () => {
    test.use({ viewport });

    for (const mode of DISPLAY_MODES) {
      test(`home keeps every way in on the first screenful, ${mode.name}`, async ({ page, shell }) => {
        await shell.expectScreen('home');
        for (const toggle of mode.toggles) await page.getByTestId(toggle).click();
        await page.evaluate(() => document.fonts.ready);
        await expectUnscrolled(page);
        for (const testId of ['scan-prompt', 'home-scanner', 'open-manual', 'open-fields', 'open-search', 'toggle-largeText', 'toggle-highContrast', 'lang-vi', 'lang-en']) {
          await expectOnScreen(page, page.getByTestId(testId), testId);
        }
        await expectOnScreen(page, page.locator('.home__or span'), '"hoặc"');
        await expect(page.locator('.home__or span')).toHaveText('hoặc');
        await expect(page.getByTestId('scroll-hint')).toBeHidden();
        await expectReadableText(page, `home, ${mode.name}`);
      });
    }

    test('the result shows status, due date, latest step and a way to the rating without scrolling, in large text too', async ({ page, scanner, result }) => {
      const info = await callHost<{ sync: { lastSuccessAt: string } }>(page, 'getKioskInfo');
      const due = demoDueOnScreen(DEMO.inProgressOverdue, new Date(info.body.result!.sync.lastSuccessAt));
      for (const large of [false, true]) {
        if (large) {
          // The same receipt again: it must have left the scanner first, or it is the same read (presentation mode).
          await page.waitForTimeout(SCAN_REPEAT_WINDOW_MS + 200);
          await page.getByTestId('toggle-largeText').click();
        }
        await scanner.scan(DEMO.inProgressOverdue);
        await expect(result.code).toHaveText(DEMO.inProgressOverdue);
        await expectUnscrolled(page);
        await expectOnScreen(page, result.statusSentence, 'status sentence');
        await expectOnScreen(page, page.getByTestId('summary-due'), 'due date');
        await expect(page.getByTestId('summary-due')).toHaveText(due);
        await expectOnScreen(page, page.getByTestId('summary-latest'), 'latest step');
        await expect(page.getByTestId('summary-latest')).toContainText('Chỉnh lý hồ sơ địa chính');
        await expectOnScreen(page, page.getByTestId('rating-jump'), 'rating button');
        await expectOnScreen(page, result.doneButton, 'home button');
        await expectLabelsOnOneLine(page.locator('.result__actions'), large ? 'result bar, large text' : 'result bar');
        await expectReadableText(page, large ? 'answer, large text' : 'answer');
        await result.done();
      }
    });

    test('every lookup error keeps its ways out and the hotline on the first screenful, in large text too', async ({ page, scanner, errorPage }) => {
      for (const large of [false, true]) {
        if (large) {
          // The same receipts again: each must have left the scanner first (presentation mode).
          await page.waitForTimeout(SCAN_REPEAT_WINDOW_MS + 200);
          await page.getByTestId('toggle-largeText').click();
        }
        for (const [raw, kind] of [
          ['HELLO-KIOSK-TEST', 'unreadable'],
          [DEMO.missing, 'not-found'],
          [DEMO.otherAgency, 'other-agency'],
        ] as const) {
          const screen = errorPage.of(kind);
          await scanner.scan(raw);
          await expect(screen.root).toBeVisible();
          await page.evaluate(() => document.fonts.ready);
          await expectUnscrolled(page);
          const name = `${kind}${large ? ', large text' : ''}`;
          await expectOnScreen(page, screen.homeButton, `${name}: home button`);
          await expectOnScreen(page, screen.typeCodeButton, `${name}: type the code`);
          await expectOnScreen(page, screen.root.getByTestId('help-hotline'), `${name}: hotline`);
          await expectOnScreen(page, screen.root.getByTestId('help-complaint'), `${name}: complaint route`);
          await expectReadableText(page, name);
          await screen.homeButton.click();
          await expect(page.getByTestId('screen-home')).toBeVisible();
        }
      }
    });

    test('an overdue dossier in progress does not ask for the rating first; the rating button brings it on screen', async ({ page, scanner, result }) => {
      await scanner.scan(DEMO.inProgressOverdue);
      await expect(result.code).toHaveText(DEMO.inProgressOverdue);
      const side = page.locator('.result__side > *');
      await expect(side.first()).not.toHaveAttribute('data-testid', 'rating');
      await expect(side.last()).toHaveAttribute('data-testid', 'rating');
      await page.getByTestId('rating-jump').click();
      // The jump scrolls smoothly: the choice is on screen once the scroll has ended.
      await expect(async () => expectOnScreen(page, page.getByTestId('rate-satisfied'), 'rating choice')).toPass({ timeout: 10_000 });
    });

    test('a finished dossier asks for the rating right after what to do next and whom to ask; the rating button brings it on screen', async ({ page, scanner, result }) => {
      await scanner.scan(DEMO.finishedEarlyCounter5);
      await expect(result.code).toHaveText(DEMO.finishedEarlyCounter5);
      const side = page.locator('.result__side > *');
      await expect(side.nth(0)).toHaveAttribute('data-testid', 'next-step');
      await expect(side.nth(1)).toHaveAttribute('data-testid', 'help-contacts');
      await expect(side.nth(2)).toHaveAttribute('data-testid', 'rating');
      await page.waitForTimeout(TAP_QUIET_MS + 100);
      await page.getByTestId('rating-jump').click();
      // The jump scrolls smoothly: the choice is on screen once the scroll has ended.
      await expect(async () => expectInView(page, page.getByTestId('rate-very-satisfied'), 'rating choice')).toPass({ timeout: 10_000 });
    });

    test('a screen that scrolls says so without covering any text, and the hint scrolls it on', async ({ page, scanner, result }) => {
      await scanner.scan(DEMO.supplement);
      await expect(result.code).toHaveText(DEMO.supplement);
      await expectScrollHintCoversNoText(page, 'answer');
      await page.waitForTimeout(TAP_QUIET_MS + 100);
      await result.done();
      await page.getByTestId('toggle-largeText').click();
      // The same receipt again: it must have left the scanner first (presentation mode).
      await page.waitForTimeout(SCAN_REPEAT_WINDOW_MS + 200);
      await scanner.scan(DEMO.supplement);
      await expect(result.code).toHaveText(DEMO.supplement);
      const hint = page.getByTestId('scroll-hint');
      await expectOnScreen(page, hint, 'scroll hint');
      await expect(hint).toHaveText('Kéo xuống để xem thêm');
      await expectScrollHintCoversNoText(page, 'answer, large text');
      const main = page.locator('.app__main');
      await hint.click();
      await expect.poll(() => main.evaluate((m) => m.scrollTop)).toBeGreaterThan(0);
      await main.evaluate((m) => m.scrollTo(0, m.scrollHeight));
      await expect(hint).toBeHidden();
    });

    test('on a procedure, the hint takes a row of the bottom bar and covers no text', async ({ page, shell }) => {
      await shell.expectScreen('home');
      await page.getByTestId('toggle-largeText').click();
      await page.getByTestId('open-fields').click();
      await expect(page.getByTestId('field-tile').first()).toBeVisible();
      await page.waitForTimeout(TAP_QUIET_MS + 100);
      await page.locator('[data-testid="field-tile"][data-field="Hộ tịch"]').click();
      await expect(page.getByTestId('screen-procedures')).toBeVisible();
      await page.waitForTimeout(TAP_QUIET_MS + 100);
      await page.getByTestId('screen-procedures').locator('[data-code="1.001193"]').first().click();
      await expect(page.getByTestId('screen-procedure')).toBeVisible();
      await expectScrollHintCoversNoText(page, 'procedure, large text');
      await expectOnScreen(page, page.getByTestId('screen-procedure').getByTestId('nav-home'), 'home button');
    });
  });
}

test.describe('the scroll hint, once the end shows', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  /** The scrolling area is as tall with the hint as after it went, so nothing moves under a finger at the end. */
  async function expectPlaceKept(page: Page, screen: string): Promise<void> {
    const main = page.locator('.app__main');
    await expect(page.getByTestId('scroll-hint'), screen).toBeVisible();
    const withHint = await main.evaluate((m) => m.clientHeight);
    await main.evaluate((m) => m.scrollTo({ top: m.scrollHeight, behavior: 'instant' }));
    await expect(page.getByTestId('scroll-hint'), screen).toBeHidden();
    expect(await main.evaluate((m) => m.clientHeight), `${screen}: the scrolling area's height once the hint went`).toBe(withHint);
    expect(await main.evaluate((m) => m.scrollHeight - m.scrollTop - m.clientHeight), `${screen}: still at the end`).toBeLessThanOrEqual(1);
  }

  test('keeps its place, in a strip or a row of the bar, so the end does not move under a finger', async ({ page, shell }) => {
    await shell.expectScreen('home');
    await page.getByTestId('toggle-largeText').click();
    const tech = new TechnicianPage(page);
    await tech.openWithGesture();
    await expect(tech.setPin).toBeVisible();
    await expectPlaceKept(page, 'technician PIN, large text');
    await page.getByTestId('tech-pin-cancel').tap();
    await shell.expectScreen('home');
    await page.waitForTimeout(TAP_QUIET_MS + 100);
    await page.getByTestId('open-fields').click();
    await page.waitForTimeout(TAP_QUIET_MS + 100);
    await page.locator('[data-testid="field-tile"][data-field="Hộ tịch"]').click();
    await page.waitForTimeout(TAP_QUIET_MS + 100);
    await page.getByTestId('screen-procedures').locator('[data-code="1.001193"]').first().click();
    await expect(page.getByTestId('screen-procedure')).toBeVisible();
    await expectPlaceKept(page, 'procedure, large text');
  });

  test('frees its place when the screen comes to fit without being scrolled', async ({ page, shell }) => {
    await shell.expectScreen('home');
    await page.getByTestId('toggle-largeText').click();
    const tech = new TechnicianPage(page);
    await tech.openWithGesture();
    await expect(page.getByTestId('scroll-hint')).toBeVisible();
    const main = page.locator('.app__main');
    const withHint = await main.evaluate((m) => m.clientHeight);
    // The content shrinks to fit (as a screen's does when its late parts settle), nothing scrolled.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.tech-gate__help, .tech-pin__keys')) el.style.display = 'none';
    });
    await expect(page.getByTestId('scroll-hint')).toBeHidden();
    await expect.poll(() => main.evaluate((m) => m.clientHeight), { message: 'the scrolling area takes the strip back' }).toBeGreaterThan(withHint);
  });
});

/** One demo dossier of each status (assets/demo/README.md), and whether the district gave it a due date. */
const EVERY_STATUS = [
  { status: 1, code: '000.00.12.H53-261119-0018', due: false },
  { status: 2, code: '000.00.12.H53-261120-0009', due: true },
  { status: 3, code: '000.12.12.H53-261118-0011', due: false },
  { status: 4, code: '000.12.12.H53-261028-0007', due: true },
  { status: 5, code: '000.12.12.H53-261112-0015', due: true },
  { status: 6, code: '000.12.12.H53-261026-0003', due: true },
  { status: 7, code: '000.00.12.H53-261102-0014', due: false },
  { status: 8, code: '000.12.12.H53-261103-0009', due: false },
  { status: 9, code: '000.12.12.H53-261105-0021', due: true },
  { status: 10, code: '000.21.12.H53-261119-0002', due: true },
] as const;

test.describe('the first screenful of every answer, with the longest procedure name there is', () => {
  const longName = longestNationalProcedureName();
  let kiosk: KioskServer | undefined;
  test.beforeAll(async () => {
    kiosk = await startLongNameKiosk(longName);
  });
  test.afterAll(async () => {
    await kiosk?.stop();
  });

  test('a name cut short opens in full with "Xem đủ tên", and closes again', async ({ page }) => {
    await new KioskShell(page).open(kiosk!.url);
    await new Scanner(page).scan(DEMO.inProgressOverdue);
    await expect(page.getByTestId('result-code')).toHaveText(DEMO.inProgressOverdue);
    const heading = page.getByTestId('result-procedure');
    const cut = () => heading.evaluate((h) => h.scrollHeight > h.clientHeight + 1);
    expect(await cut()).toBe(true);
    const toggle = page.getByTestId('procedure-full-name');
    await expect(toggle).toHaveText('Xem đủ tên');
    await page.waitForTimeout(TAP_QUIET_MS + 100);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveText('Thu gọn');
    expect(await cut()).toBe(false);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(await cut()).toBe(true);
  });

  for (const large of [false, true]) {
    test(`status, due date, latest step, what to do next and the actions need no scrolling, every status, both orientations${large ? ', large text' : ''}`, async ({ page }) => {
      // Ten answers, each looked at in two orientations.
      test.slow();
      const shell = new KioskShell(page);
      await shell.open(kiosk!.url);
      if (large) await page.getByTestId('toggle-largeText').click();
      const scanner = new Scanner(page);
      for (const { status, code, due } of EVERY_STATUS) {
        await scanner.scan(code);
        await expect(page.getByTestId('result-code')).toHaveText(code);
        // The whole name is there (for reading aloud, and a tap away), however few lines show.
        await expect(page.getByTestId('result-procedure')).toHaveText(longName);
        for (const { name: orientation, viewport } of ORIENTATIONS) {
          await page.setViewportSize(viewport);
          await page.evaluate(() => document.fonts.ready);
          await expectUnscrolled(page);
          const name = `status ${status}, ${orientation}${large ? ', large text' : ''}`;
          await expectInView(page, page.getByTestId('status-sentence'), `${name}: status sentence`);
          await expect(page.getByTestId('summary-due')).toHaveCount(due ? 1 : 0);
          if (due) await expectInView(page, page.getByTestId('summary-due'), `${name}: due date`);
          await expectInView(page, page.getByTestId('summary-latest'), `${name}: latest step`);
          await expectInView(page, page.locator('#next-step-title'), `${name}: "Việc cần làm tiếp theo"`);
          await expectFirstLineInView(page, page.locator('.next-step__body'), `${name}: what to do next, first line`);
          await expectOnScreen(page, page.getByTestId('rating-jump'), `${name}: rating button`);
          await expectOnScreen(page, page.getByTestId('screen-result').getByTestId('nav-home'), `${name}: home button`);
        }
        await page.setViewportSize(ORIENTATIONS[0].viewport);
        await page.waitForTimeout(TAP_QUIET_MS + 100);
        await page.getByTestId('screen-result').getByTestId('nav-home').click();
        await shell.expectScreen('home');
      }
    });
  }
});
