/**
 * Scan-to-screen latency: 100 keyboard-wedge scans in Chromium against `npm run serve`.
 * Measured in the page on the performance.now() clock, from the scanner's last key (its
 * suffix Enter) to the result screen mounted in the DOM (window.__kioskMetrics). Baseline in
 * the same run: a bare fetch of lookupDossier from the page (the HTTP transport's floor).
 *
 *   npx tsx test/bench/scan-latency.bench.ts [--runs 100]
 *
 * Prints the figures and appends them as one JSON line to test/bench/results.jsonl
 * (`bench: "scan-latency"`, with the time and the machine, like the other benches).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import type { KioskMetrics, LookupTiming } from '../../renderer/metrics/kiosk-metrics.ts';
import buildUiIfStale from '../e2e/global-setup.ts';
import { startKioskServer } from '../e2e/kiosk-server.ts';
import { RESULTS_FILE, recordBenchResult } from './bench-results.ts';
import { wedgeBurst as scan } from './wedge-burst.ts';

/** Demo dossiers (assets/demo/README.md) that are found, across statuses and timeline lengths. */
const CODES = [
  '000.00.12.H53-261120-0009',
  '000.12.12.H53-261028-0007',
  '000.12.12.H53-261112-0015',
  '000.12.12.H53-261026-0003',
  '000.12.12.H53-261105-0021',
  '000.00.12.H53-261012-0005',
  '000.21.12.H53-261119-0002',
  '000.22.12.H53-261116-0003',
];

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
];

type Win = Window & { __kioskMetrics?: KioskMetrics };

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    n: sorted.length,
    median: round(at(0.5)),
    p95: round(at(0.95)),
    min: round(sorted[0]!),
    max: round(sorted.at(-1)!),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

function lookupCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as Win).__kioskMetrics?.lookups.length ?? 0);
}

/**
 * The newest lookup once its answer is on screen and settled: `null` when the scan did not
 * end on this dossier's result (the burst reached the page split in two).
 */
async function settledLookup(page: Page, before: number, code: string): Promise<{ timing: LookupTiming; lookups: number } | null> {
  await page.waitForFunction(
    (n) => {
      const lookups = (window as Win).__kioskMetrics?.lookups ?? [];
      return lookups.length > n && lookups[lookups.length - 1]!.renderedAt !== null;
    },
    before,
    { timeout: 15_000, polling: 20 },
  );
  await page.waitForTimeout(100); // a later part of a split burst would show up by now
  const state = await page.evaluate(() => {
    const lookups = (window as Win).__kioskMetrics?.lookups ?? [];
    return {
      timing: lookups[lookups.length - 1]!,
      lookups: lookups.length,
      screen: document.querySelector('[data-testid="kiosk-app"]')?.getAttribute('data-screen'),
      code: document.querySelector('[data-testid="result-code"]')?.textContent,
    };
  });
  if (state.screen !== 'result' || state.code !== code || state.timing.renderedAt === null) return null;
  return { timing: state.timing, lookups: state.lookups };
}

async function goHome(page: Page): Promise<void> {
  const home = page.locator('[data-testid="kiosk-app"] main [data-testid="nav-home"]');
  if (await home.count()) await home.click();
  await page.waitForSelector('[data-testid="kiosk-app"][data-screen="home"]');
}

async function fetchLookup(page: Page, code: string): Promise<number> {
  return page.evaluate(async (raw) => {
    const start = performance.now();
    const response = await fetch('/api/call/lookupDossier', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ raw, source: 'wedge' }),
      credentials: 'same-origin',
    });
    const body = (await response.json()) as { ok: boolean; result?: { kind: string } };
    if (!body.ok || body.result?.kind !== 'found') throw new Error(`lookup of ${raw} failed`);
    return performance.now() - start;
  }, code);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '100' } } });
  const runs = Number(values.runs);
  buildUiIfStale();
  const server = await startKioskServer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="kiosk-app"][data-screen="home"]');
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);

    const scanMs: number[] = [];
    const keyToRequestMs: number[] = [];
    const appLookupMs: number[] = [];
    const answerToScreenMs: number[] = [];
    const fetchMs: number[] = [];
    const warmUp = 5;
    let splitBursts = 0;
    let extraLookups = 0;
    for (let i = 0; i < runs + warmUp; i++) {
      const code = CODES[i % CODES.length]!;
      let settled: Awaited<ReturnType<typeof settledLookup>> = null;
      for (let attempt = 0; attempt < 3 && !settled; attempt++) {
        const before = await lookupCount(page);
        await scan(cdp, code);
        settled = await settledLookup(page, before, code);
        if (settled) extraLookups += settled.lookups - before - 1;
        else splitBursts++;
        if (!settled) await goHome(page);
      }
      if (!settled) throw new Error(`scan ${i} of ${code} never showed its result`);
      const { timing } = settled;
      await goHome(page);
      // The floor is taken where the scans start from: the home screen, as idle as before a scan.
      const floor = await fetchLookup(page, code);
      if (i >= warmUp) {
        if (timing.keyAt === null || timing.renderedAt === null || timing.answeredAt === null) throw new Error('incomplete timing');
        scanMs.push(timing.renderedAt - timing.keyAt);
        keyToRequestMs.push(timing.requestedAt - timing.keyAt);
        appLookupMs.push(timing.answeredAt - timing.requestedAt);
        answerToScreenMs.push(timing.renderedAt - timing.answeredAt);
        fetchMs.push(floor);
      }
    }

    const scanToScreen = summary(scanMs);
    const fetchFloor = summary(fetchMs);
    const figures = {
      runs,
      // Bursts the page received split (DevTools dispatch stamps keys as it sends them, so a
      // busy page can spread them); retried, and kept out of the figures.
      splitBursts,
      // Lookups of a cut-off part of a burst that was later completed (the UI shows the last).
      extraLookups,
      transport: 'http',
      chromium: browser.version(),
      scanToScreenMs: scanToScreen,
      breakdownMs: {
        keyToRequest: summary(keyToRequestMs),
        lookupInApp: summary(appLookupMs),
        answerToScreen: summary(answerToScreenMs),
      },
      fetchFloorMs: fetchFloor,
      ratio: {
        median: Math.round((scanToScreen.median / fetchFloor.median) * 100) / 100,
        p95: Math.round((scanToScreen.p95 / fetchFloor.p95) * 100) / 100,
      },
    };
    const line = (label: string, f: { median: number; p95: number; min: number; max: number }) =>
      `  ${label.padEnd(22)} median ${String(f.median).padStart(6)} ms   p95 ${String(f.p95).padStart(6)} ms   (min ${f.min}, max ${f.max})`;
    console.log(`scan-latency: ${runs} wedge scans over HTTP, last key (Enter) → result screen mounted`);
    console.log(line('scan → screen', scanToScreen));
    console.log(line('  key → request', figures.breakdownMs.keyToRequest));
    console.log(line('  lookup (validated)', figures.breakdownMs.lookupInApp));
    console.log(line('  answer → screen', figures.breakdownMs.answerToScreen));
    console.log(line('bare fetch (floor)', fetchFloor));
    console.log(`  ratio scan/fetch       median ×${figures.ratio.median}   p95 ×${figures.ratio.p95}`);
    console.log(`  split bursts retried: ${splitBursts}; extra lookups of a cut burst: ${extraLookups}`);
    recordBenchResult('scan-latency', figures);
    console.log(`appended to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
