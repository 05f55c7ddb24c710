import { SILENCE_MS } from '../../renderer/scanner/wedge-listener.ts';
import { DEMO, expect, test } from './fixtures.ts';
import type { Scanner } from './pages/Scanner.ts';

// The shortest timeout the kiosk takes, so a receipt left under the scanner outlasts it within one test.
test.use({ idleTimeoutSec: 45 });
test.describe.configure({ timeout: 210_000 });

/** Where a stalled re-read is cut: before and after the 8 keys that prove a burst to be a scanner's. */
const CUTS = [3, 15, 1, 22, 6, 11];

/**
 * A presentation-mode scanner with a receipt put under it and left there: it reads the receipt at
 * once and then again every `everyMs` (well inside the kiosk's 2 s repeat window, even on a
 * loaded machine) until `stop` is called. Every third re-read reaches the page in two parts, as
 * on a loaded machine, whose silence in between cuts the burst.
 */
function leaveUnderScanner(scanner: Scanner, code: string, everyMs = 300) {
  let reading = true;
  let reads = 0;
  // Each read is stamped at the scanner's own cadence, however late a loaded machine sends it.
  const start = Date.now();
  const done = (async () => {
    while (reading) {
      const stall = reads > 0 && reads % 3 === 0 ? { afterChars: CUTS[(reads / 3) % CUTS.length]!, forMs: SILENCE_MS + 100 } : undefined;
      await scanner.scan(code, { readAt: start + reads * everyMs, stall });
      reads++;
      const due = start + reads * everyMs - Date.now();
      if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
    }
  })();
  return {
    reads: () => reads,
    stop: async () => {
      reading = false;
      await done;
    },
  };
}

test('its re-reads are no activity: the idle reset comes, and after it the answer does not come back', async ({ page, shell, scanner, result }) => {
  const receipt = leaveUnderScanner(scanner, DEMO.received);
  try {
    await shell.expectScreen('result');
    await expect(page.getByTestId('idle-countdown')).toBeVisible({ timeout: 70_000 });
    await shell.expectScreen('home', { timeout: 60_000 });
    const lookupsAtReset = await scanner.lookupCount();
    const readsAtReset = receipt.reads();
    await expect.poll(() => receipt.reads(), { timeout: 60_000 }).toBeGreaterThan(readsAtReset + 6);
    await shell.expectScreen('home');
    expect(await scanner.lookupCount()).toBe(lookupsAtReset);
  } finally {
    await receipt.stop();
  }
  const lookupsBefore = await scanner.lookupCount();

  // Taken away (no read for longer than the re-read window) and shown again: a new lookup.
  await page.waitForTimeout(2600);
  await scanner.scan(DEMO.received);
  await expect(result.code).toHaveText(DEMO.received);
  // (A loaded machine may cut this first read too: its part is looked up as well, and the whole replaces it.)
  expect(await scanner.lookupCount()).toBeGreaterThan(lookupsBefore);
});

test('after "Done" the receipt still under the scanner is not looked up again; another receipt is', async ({ page, shell, scanner, result }) => {
  const receipt = leaveUnderScanner(scanner, DEMO.received);
  try {
    await shell.expectScreen('result');
    await page.getByTestId('nav-home').click();
    await shell.expectScreen('home');
    const lookupsAtHome = await scanner.lookupCount();
    const readsAtHome = receipt.reads();
    await expect.poll(() => receipt.reads(), { timeout: 60_000 }).toBeGreaterThan(readsAtHome + 6);
    await shell.expectScreen('home');
    expect(await scanner.lookupCount()).toBe(lookupsAtHome);
  } finally {
    await receipt.stop();
  }
  const lookupsBefore = await scanner.lookupCount();
  await scanner.scan(DEMO.supplement);
  await expect(result.code).toHaveText(DEMO.supplement);
  expect(await scanner.lookupCount()).toBeGreaterThan(lookupsBefore);
});

test('a person typing on a keyboard is activity: the idle warning goes away', async ({ page, shell, scanner }) => {
  await scanner.scan(DEMO.received);
  await shell.expectScreen('result');
  const countdown = page.getByTestId('idle-countdown');
  await expect(countdown).toBeVisible({ timeout: 60_000 });
  // Two keys at a person's pace: the second tells the first was a person's.
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await page.keyboard.press('Shift');
  await expect(countdown).toBeHidden();
  await shell.expectScreen('result');
});
