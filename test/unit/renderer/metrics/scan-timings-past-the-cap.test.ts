/**
 * The scan-latency bench reads each scan's timing from the page's window.__kioskMetrics, which
 * keeps only the last 200 lookups. The bench once told a new scan by that list growing: past 200
 * lookups it never grew again, every scan looked "taken for typing", and the bench hung with the
 * resync phase unfinished. Here a page with the real metrics module takes 200 lookups, then the
 * bench's own scan helper scans once more in real Chromium and must get the timing.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanToScreen } from '../../../bench/scan-to-screen.ts';

const METRICS = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'renderer', 'metrics', 'kiosk-metrics.ts');

/**
 * A kiosk page reduced to the scan path's contract with the bench: a wedge burst ended by Enter
 * starts a lookup, its result screen shows the code, "home" goes back; timings are recorded by
 * the real metrics module.
 */
const PAGE_SCRIPT = `
import { recordLookupAnswered, recordLookupRendered, recordLookupRequested } from ${JSON.stringify(METRICS)};
const app = document.querySelector('[data-testid="kiosk-app"]');
const shown = document.querySelector('[data-testid="result-code"]');
let nextLookupId = 1;
let typed = '';
function lookup(code, keyAt) {
  const id = nextLookupId++;
  recordLookupRequested(id, 'wedge', keyAt);
  setTimeout(() => {
    recordLookupAnswered(id);
    shown.textContent = code;
    app.setAttribute('data-screen', 'result');
    recordLookupRendered(id);
  }, 1);
}
window.__lookupWithoutKeys = lookup;
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    lookup(typed, event.timeStamp);
    typed = '';
  } else if (event.key.length === 1) typed += event.key;
});
document.querySelector('[data-testid="nav-home"]').addEventListener('click', () => app.setAttribute('data-screen', 'home'));
`;

const MARKUP = `<div data-testid="kiosk-app" data-screen="home"><main><span data-testid="result-code"></span><button data-testid="nav-home">home</button></main></div>`;

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
});

describe('the scan-latency bench past the 200 lookup timings the page keeps', () => {
  it('still sees the next scan and its painted result', async () => {
    const bundled = await build({ stdin: { contents: PAGE_SCRIPT, resolveDir: import.meta.dirname, loader: 'js' }, bundle: true, format: 'iife', write: false, logLevel: 'error' });
    const page = await browser.newPage();
    await page.setContent(MARKUP);
    await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
    const kept = await page.evaluate(async () => {
      const win = window as Window & { __lookupWithoutKeys?: (code: string, keyAt: number) => void };
      for (let i = 0; i < 250; i += 1) win.__lookupWithoutKeys!(`OLD${i}`, performance.now());
      await new Promise((resolve) => setTimeout(resolve, 50));
      return window.__kioskMetrics!.lookups.length;
    });
    expect(kept).toBe(200);
    await page.locator('[data-testid="nav-home"]').click();

    const cdp = await page.context().newCDPSession(page);
    const outcome = await scanToScreen(page, cdp, 'G22.39-241206-0001');

    expect(outcome.lostBursts).toBe(0);
    expect(outcome.splitBursts).toBe(0);
    expect(outcome.sample).not.toBeNull();
    expect(outcome.sample!.scanToScreen).toBeGreaterThan(0);
    expect(outcome.extraLookups).toBe(0);
  });
});
