/**
 * One keyboard-wedge scan in the kiosk page, timed by the page itself (window.__kioskMetrics on
 * the performance.now() clock): from the scanner's last key to the frame that shows the answer.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { KioskMetrics, LookupTiming } from '../../renderer/metrics/kiosk-metrics.ts';
import { percentile, round } from './bench-results.ts';
import { wedgeBurst } from './wedge-burst.ts';

type Win = Window & { __kioskMetrics?: KioskMetrics };

export interface ScanSample {
  /** The scanner's last key (its Enter, as it reached the browser) → the frame with the answer painted: what the citizen waits. */
  scanToScreen: number;
  /**
   * From where the burst's characters were stamped to end → painted: the bench's figure before
   * 7 Dec 2026, which also counts the time CDP takes to deliver the burst to the page (wedge-burst.ts).
   */
  fromBurstEnd: number;
  keyToRequest: number;
  lookupInApp: number;
  answerToMounted: number;
  mountedToPainted: number;
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

export function summary(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: round(percentile(sorted, 50), 2),
    p95: round(percentile(sorted, 95), 2),
    min: round(sorted[0]!, 2),
    max: round(sorted.at(-1)!, 2),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length, 2),
  };
}

/**
 * The id of the page's newest lookup (0 before the first). Lookup ids only grow, while the page
 * keeps only its last 200 timings: a count of them stops growing after 200 scans.
 */
function newestLookupId(page: Page): Promise<number> {
  return page.evaluate(() => (window as Win).__kioskMetrics?.lookups.at(-1)?.lookupId ?? 0);
}

/**
 * The newest lookup once its answer is painted and settled: `lost` when no lookup started (the
 * page took the burst for typing: its keys came too far apart), `split` when the scan did not end
 * on this dossier's result (the burst reached the page split in two).
 */
async function settledLookup(page: Page, before: number, code: string): Promise<{ timing: LookupTiming; newestId: number } | 'lost' | 'split'> {
  const started = await page
    .waitForFunction((id) => ((window as Win).__kioskMetrics?.lookups.at(-1)?.lookupId ?? 0) > id, before, { timeout: 10_000, polling: 20 })
    .then(() => true, () => false);
  if (!started) return 'lost';
  await page.waitForFunction(() => (window as Win).__kioskMetrics!.lookups.at(-1)!.paintedAt !== null, undefined, { timeout: 30_000, polling: 20 }).catch(async (error: unknown) => {
    const seen = await page.evaluate(() => ({
      lookups: (window as Win).__kioskMetrics?.lookups.slice(-3),
      screen: document.querySelector('[data-testid="kiosk-app"]')?.getAttribute('data-screen'),
    }));
    throw new Error(`no answer painted for a scan of ${code}: ${JSON.stringify(seen)}`, { cause: error });
  });
  await page.waitForTimeout(100); // a later part of a split burst would show up by now
  const state = await page.evaluate(() => {
    const lookups = (window as Win).__kioskMetrics?.lookups ?? [];
    return {
      timing: lookups[lookups.length - 1]!,
      screen: document.querySelector('[data-testid="kiosk-app"]')?.getAttribute('data-screen'),
      code: document.querySelector('[data-testid="result-code"]')?.textContent,
    };
  });
  if (state.screen !== 'result' || state.code !== code || state.timing.paintedAt === null) return 'split';
  return { timing: state.timing, newestId: state.timing.lookupId };
}

export async function goHome(page: Page): Promise<void> {
  const home = page.locator('[data-testid="kiosk-app"] main [data-testid="nav-home"]');
  if (await home.count()) await home.click();
  await page.waitForSelector('[data-testid="kiosk-app"][data-screen="home"]');
}

/** A bare lookupDossier fetch from the page: the HTTP transport's floor. */
export function fetchLookup(page: Page, code: string): Promise<number> {
  return page.evaluate(async (raw) => {
    const start = performance.now();
    const response = await fetch('/api/call/lookupDossier', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ raw, source: 'wedge' }),
      credentials: 'same-origin',
    });
    const body = (await response.json()) as { ok: boolean; result?: { kind: string } };
    if (!body.ok || body.result?.kind !== 'found') throw new Error(`lookup of ${raw}: ${JSON.stringify(body).slice(0, 300)}`);
    return performance.now() - start;
  }, code);
}

/**
 * A bare lookupDossier over the transport's call socket (`/api/calls`, the lane the app sends a
 * scan's lookup on), from a socket of the bench's own kept open in the page: the socket's floor.
 */
export function socketLookup(page: Page, code: string): Promise<number> {
  return page.evaluate(async (raw) => {
    const w = window as Window & { __benchSocket?: Promise<WebSocket> };
    w.__benchSocket ??= new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(new URL('/api/calls', location.href.replace(/^http/, 'ws')));
      socket.onopen = () => resolve(socket);
      socket.onerror = () => reject(new Error('the call socket did not open'));
    });
    const socket = await w.__benchSocket;
    const start = performance.now();
    const answer = await new Promise<{ ok: boolean; result?: { kind: string } }>((resolve) => {
      socket.onmessage = (message) => resolve((JSON.parse(message.data as string) as { response: { ok: boolean; result?: { kind: string } } }).response);
      socket.send(JSON.stringify({ id: 1, method: 'lookupDossier', input: { raw, source: 'wedge' } }));
    });
    if (!answer.ok || answer.result?.kind !== 'found') throw new Error(`lookup of ${raw}: ${JSON.stringify(answer).slice(0, 300)}`);
    return performance.now() - start;
  }, code);
}

export interface ScanOutcome {
  /** Null when five bursts in a row reached the page split or were taken for typing. */
  sample: ScanSample | null;
  /** Bursts the page received split and that were scanned again. */
  splitBursts: number;
  /** Bursts the page took for typing (no lookup) and that were scanned again. */
  lostBursts: number;
  /** Lookups of a cut-off part of a burst later completed (the UI shows the last). */
  extraLookups: number;
}

/** Scans `code` (again, up to three times, when the burst reached the page split) and returns to home. */
export async function scanToScreen(page: Page, cdp: CDPSession, code: string): Promise<ScanOutcome> {
  let splitBursts = 0;
  let lostBursts = 0;
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = await newestLookupId(page);
    const sent = await wedgeBurst(cdp, code);
    const settled = await settledLookup(page, before, code);
    await goHome(page);
    if (settled === 'split') splitBursts += 1;
    if (settled === 'lost') lostBursts += 1;
    if (typeof settled === 'string') continue;
    const { keyAt, requestedAt, answeredAt, renderedAt, paintedAt } = settled.timing;
    if (keyAt === null || answeredAt === null || renderedAt === null || paintedAt === null) throw new Error('incomplete timing');
    return {
      sample: {
        scanToScreen: paintedAt - keyAt,
        fromBurstEnd: paintedAt - keyAt + (sent.enterAt - sent.charsEndAt),
        keyToRequest: requestedAt - keyAt,
        lookupInApp: answeredAt - requestedAt,
        answerToMounted: renderedAt - answeredAt,
        mountedToPainted: paintedAt - renderedAt,
      },
      splitBursts,
      lostBursts,
      extraLookups: settled.newestId - before - 1,
    };
  }
  // A browser too busy to take five bursts whole (load average 40 on 2 cores): not a measurement.
  return { sample: null, splitBursts, lostBursts, extraLookups: 0 };
}
