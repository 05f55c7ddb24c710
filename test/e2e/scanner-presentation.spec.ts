import { DEMO, expect, test } from './fixtures.ts';
import type { Scanner } from './pages/Scanner.ts';

// The shortest timeout the kiosk takes, so a receipt left under the scanner outlasts it within one test.
test.use({ idleTimeoutSec: 45 });
test.describe.configure({ timeout: 150_000 });

/**
 * A presentation-mode scanner with a receipt put under it and left there: it reads the receipt at
 * once and then again every `everyMs` (well inside the kiosk's 2 s repeat window, even on a
 * loaded machine) until `stop` is called.
 */
function leaveUnderScanner(scanner: Scanner, code: string, everyMs = 300) {
  let reading = true;
  let reads = 0;
  // Each read is stamped at the scanner's own cadence, however late a loaded machine sends it.
  const start = Date.now();
  const done = (async () => {
    while (reading) {
      await scanner.scan(code, { readAt: start + reads * everyMs });
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

test('its re-reads are no activity: the idle reset comes, and after it the answer does not come back', async ({ page, shell, scanner }) => {
  const receipt = leaveUnderScanner(scanner, DEMO.received);
  try {
    await shell.expectScreen('result');
    await expect(page.getByTestId('idle-countdown')).toBeVisible({ timeout: 70_000 });
    await shell.expectScreen('home', { timeout: 60_000 });
    const lookupsAtReset = await scanner.lookupCount();
    const readsAtReset = receipt.reads();
    await expect.poll(() => receipt.reads(), { timeout: 20_000 }).toBeGreaterThan(readsAtReset + 6);
    await shell.expectScreen('home');
    expect(await scanner.lookupCount()).toBe(lookupsAtReset);
  } finally {
    await receipt.stop();
  }
  const lookupsBefore = await scanner.lookupCount();

  // Taken away (no read for longer than the re-read window) and shown again: a new lookup.
  await page.waitForTimeout(2600);
  await scanner.scan(DEMO.received);
  await shell.expectScreen('result');
  expect(await scanner.lookupCount()).toBe(lookupsBefore + 1);
});

test('after "Done" the receipt still under the scanner is not looked up again; another receipt is', async ({ page, shell, scanner }) => {
  const receipt = leaveUnderScanner(scanner, DEMO.received);
  try {
    await shell.expectScreen('result');
    await page.getByTestId('nav-home').click();
    await shell.expectScreen('home');
    const lookupsAtHome = await scanner.lookupCount();
    const readsAtHome = receipt.reads();
    await expect.poll(() => receipt.reads(), { timeout: 20_000 }).toBeGreaterThan(readsAtHome + 6);
    await shell.expectScreen('home');
    expect(await scanner.lookupCount()).toBe(lookupsAtHome);
  } finally {
    await receipt.stop();
  }
  const lookupsBefore = await scanner.lookupCount();
  await scanner.scan(DEMO.supplement);
  await shell.expectScreen('result');
  expect(await scanner.lookupCount()).toBe(lookupsBefore + 1);
});

test('a person typing on a keyboard is activity: the idle warning goes away', async ({ page, shell, scanner }) => {
  await scanner.scan(DEMO.received);
  await shell.expectScreen('result');
  const countdown = page.getByTestId('idle-countdown');
  await expect(countdown).toBeVisible({ timeout: 60_000 });
  await page.keyboard.press('Shift');
  await expect(countdown).toBeHidden();
  await shell.expectScreen('result');
});
