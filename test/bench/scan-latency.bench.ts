/**
 * Scan to screen in Chromium, idle and during a full resync (issue 12), through `npm run serve`.
 *
 * A kiosk is synced from the district simulator (its own process, BENCH_DOSSIERS dossiers,
 * default 1,000,000). Then 100 keyboard-wedge scans of codes in its cache with no sync running
 * (idle), then 100 while the host runs a full resync of the whole district (the server expired
 * every cursor; the resync is started as a technician's "Sync now" does, and started again when
 * it ends before the scans do). A scan counts as "during the resync" only when the host reported
 * its sync running and the database held the resync in progress both before the burst and once
 * the answer was on screen.
 *
 * Measured in the page on the performance.now() clock, from the scanner's last key (its suffix
 * Enter, the event's own timestamp, sent once the page has taken the characters as a real scanner's
 * Enter comes after them) to the frame that shows the result painted (window.__kioskMetrics), with
 * the breakdown; beside it, from where the burst's characters were stamped to end (the figure
 * before 7 Dec 2026, which also counts CDP's delivery of the burst: wedge-burst.ts), and a bare
 * fetch of lookupDossier from the page (the fetch floor) and a bare call over the transport's call
 * socket (the floor of the lane the app's lookup takes) after each scan.
 *
 *   npm run bench:scan-latency [-- --runs 100]      BENCH_DOSSIERS=200000 for a smaller district
 *   BENCH_CHROMIUM_V8_FLAGS=off: Chromium without the kiosk's V8 flags (which Electron gives its renderers)
 *
 * Prints the figures and appends them as one JSON line to test/bench/results.jsonl.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { CDPSession, Page } from 'playwright-core';
import { MAIN_PROCESS_ELECTRON_SWITCH } from '../../scripts/main-process-flags.mjs';
import buildUiIfStale from '../e2e/global-setup.ts';
import { RESULTS_FILE, recordBenchResult, round } from './bench-results.ts';
import { startResyncingKiosk } from './resyncing-kiosk.ts';
import type { ResyncingKiosk } from './resyncing-kiosk.ts';
import { fetchLookup, scanToScreen, socketLookup, summary } from './scan-to-screen.ts';
import type { ScanSample, Summary } from './scan-to-screen.ts';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const WARM_UP = 5;
/** A phase that has not kept its scans by then stops the bench with what it saw, rather than waiting on. */
const PHASE_LIMIT_MS = Number(process.env.BENCH_PHASE_MINUTES ?? 40) * 60_000;
/** Codes given up in a row (five broken bursts each) before the bench stops: the page no longer takes scans. */
const GIVEN_UP_IN_A_ROW = 3;
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
];
/** Electron hands the main process's --js-flags to its renderers too, so the kiosk's page runs with them (BENCH_CHROMIUM_V8_FLAGS=off: without). */
const CHROMIUM_JS_FLAGS = process.env.BENCH_CHROMIUM_V8_FLAGS === 'off' ? null : MAIN_PROCESS_ELECTRON_SWITCH;

interface Phase {
  samples: ScanSample[];
  fetchFloor: number[];
  socketFloor: number[];
  splitBursts: number;
  lostBursts: number;
  extraLookups: number;
  /** Scans left out because the sync state changed while they ran (a sync began when idle, the resync ended). */
  leftOut: number;
  /** Codes given up after five bursts that never reached the page whole. */
  givenUp: number;
  loadAverage1m: number[];
}

const newPhase = (): Phase => ({ samples: [], fetchFloor: [], socketFloor: [], splitBursts: 0, lostBursts: 0, extraLookups: 0, leftOut: 0, givenUp: 0, loadAverage1m: [] });
const load1m = () => round(os.loadavg()[0]!, 1);

/** Scans until `runs` samples were kept; `keep` says, after each scan, whether the sync state held for it. */
async function measure(page: Page, cdp: CDPSession, codes: () => string, phase: Phase, runs: number, keep: () => boolean, before: () => Promise<void>): Promise<void> {
  phase.loadAverage1m.push(load1m());
  const deadline = Date.now() + PHASE_LIMIT_MS;
  let givenUpInARow = 0;
  const stopped = (why: string) =>
    new Error(`${why}: ${phase.samples.length} of ${runs} scans kept, ${phase.leftOut} left out (sync state changed), ${phase.givenUp} codes given up, load average ${load1m()}`);
  while (phase.samples.length < runs) {
    if (Date.now() > deadline) throw stopped(`the phase did not end within ${PHASE_LIMIT_MS / 60_000} min (BENCH_PHASE_MINUTES)`);
    await before();
    const code = codes();
    const outcome = await scanToScreen(page, cdp, code);
    const held = keep();
    // The floor is taken where the scans start from: the home screen, as idle as before a scan.
    const floor = await fetchLookup(page, code);
    const socketFloor = await socketLookup(page, code);
    phase.splitBursts += outcome.splitBursts;
    phase.lostBursts += outcome.lostBursts;
    phase.extraLookups += outcome.extraLookups;
    if (!outcome.sample) {
      phase.givenUp += 1;
      givenUpInARow += 1;
      console.log(`  a code given up after 5 bursts (${outcome.splitBursts} split, ${outcome.lostBursts} taken for typing)`);
      if (givenUpInARow >= GIVEN_UP_IN_A_ROW || phase.givenUp > runs) throw stopped(`the page took no whole scan of ${givenUpInARow} codes in a row`);
      continue;
    }
    givenUpInARow = 0;
    if (!held || !keep()) {
      phase.leftOut += 1;
      if (phase.leftOut > runs * 3) throw stopped('the sync state kept changing under the scans');
      continue;
    }
    phase.samples.push(outcome.sample);
    phase.fetchFloor.push(floor);
    phase.socketFloor.push(socketFloor);
    if (phase.samples.length % 25 === 0) {
      phase.loadAverage1m.push(load1m());
      console.log(`  ${phase.samples.length} scans kept (${phase.leftOut} left out), load average ${phase.loadAverage1m.at(-1)}`);
    }
  }
}

function phaseFigures(phase: Phase) {
  const of = (key: keyof ScanSample) => summary(phase.samples.map((s) => s[key]));
  return {
    scanToScreenMs: of('scanToScreen'),
    fromBurstEndMs: of('fromBurstEnd'),
    breakdownMs: {
      keyToRequest: of('keyToRequest'),
      lookupInApp: of('lookupInApp'),
      answerToMounted: of('answerToMounted'),
      mountedToPainted: of('mountedToPainted'),
    },
    fetchFloorMs: summary(phase.fetchFloor),
    socketFloorMs: summary(phase.socketFloor),
    splitBursts: phase.splitBursts,
    lostBursts: phase.lostBursts,
    extraLookups: phase.extraLookups,
    leftOut: phase.leftOut,
    givenUp: phase.givenUp,
    loadAverage1m: phase.loadAverage1m,
  };
}

const ratio = (a: number, b: number) => round(a / b, 2);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '100' } } });
  const runs = Number(values.runs);
  buildUiIfStale();
  const startedAt = performance.now();
  const site: ResyncingKiosk = await startResyncingKiosk(DOSSIERS);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...(CHROMIUM_JS_FLAGS ? [CHROMIUM_JS_FLAGS] : [])] });
  try {
    const initial = await site.initialSync(30 * 60_000);
    console.log(`scan-latency: kiosk synced ${DOSSIERS} dossiers in ${round(initial.seconds, 1)} s (ready ${round((performance.now() - startedAt) / 1000, 1)} s after start)`);
    // Codes in the cache before the resync starts: the citizen's dossier must be found during it.
    const pool = site.cachedCodes(400);
    if (pool.length < 100) throw new Error(`only ${pool.length} codes found in the cache`);
    let next = 0;
    const codes = () => pool[next++ % pool.length]!;

    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(site.kiosk.url);
    await page.waitForSelector('[data-testid="kiosk-app"][data-screen="home"]');
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);

    // Warm-up, then idle: no sync running before the burst or once the answer is on screen.
    const warmUp = newPhase();
    await measure(page, cdp, codes, warmUp, WARM_UP, () => true, async () => undefined);
    const idle = newPhase();
    console.log(`idle: ${runs} scans…`);
    await measure(page, cdp, codes, idle, runs, () => !site.syncRunning(), async () => undefined);

    // During the resync: the same run of it before the burst and once the answer is on screen.
    console.log(`during a full resync: ${runs} scans…`);
    await site.startFullResync();
    let resyncStarts = 1;
    let runAtBurst = site.runsStarted();
    const resync = newPhase();
    await measure(
      page,
      cdp,
      codes,
      resync,
      runs,
      () => site.resyncRunning() && site.runsStarted() === runAtBurst,
      async () => {
        if (!site.resyncRunning()) {
          console.log(`  the resync ended with ${resync.samples.length} scans kept: started again`);
          await site.startFullResync();
          resyncStarts += 1;
        }
        runAtBurst = site.runsStarted();
      },
    );

    const idleFigures = phaseFigures(idle);
    const resyncFigures = phaseFigures(resync);
    const scanRatio = (key: 'median' | 'p95' | 'max') => ratio(resyncFigures.scanToScreenMs[key], idleFigures.scanToScreenMs[key]);
    const figures = {
      runs,
      dossiers: DOSSIERS,
      transport: 'http',
      measuredTo: 'painted',
      chromium: browser.version(),
      chromiumJsFlags: CHROMIUM_JS_FLAGS,
      initialSyncSeconds: round(initial.seconds, 1),
      idle: idleFigures,
      duringResync: { ...resyncFigures, resyncStarts },
      ratioDuringOverIdle: { median: scanRatio('median'), p95: scanRatio('p95'), max: scanRatio('max') },
    };
    const line = (label: string, f: Summary) =>
      `  ${label.padEnd(24)} median ${String(f.median).padStart(7)} ms   p95 ${String(f.p95).padStart(7)} ms   (min ${f.min}, max ${f.max})`;
    for (const [name, f] of [['idle', idleFigures], ['during full resync', resyncFigures]] as const) {
      console.log(`${name}: ${runs} wedge scans over HTTP, last key (Enter) → result painted; load average ${f.loadAverage1m.join(', ')}`);
      console.log(line('scan → screen', f.scanToScreenMs));
      console.log(line('  from the burst\'s end', f.fromBurstEndMs));
      console.log(line('  key → request', f.breakdownMs.keyToRequest));
      console.log(line('  lookup (validated)', f.breakdownMs.lookupInApp));
      console.log(line('  answer → mounted', f.breakdownMs.answerToMounted));
      console.log(line('  mounted → painted', f.breakdownMs.mountedToPainted));
      console.log(line('bare fetch (floor)', f.fetchFloorMs));
      console.log(line('bare socket call (floor)', f.socketFloorMs));
      console.log(`  bursts scanned again: ${f.splitBursts} split, ${f.lostBursts} taken for typing; extra lookups of a cut burst: ${f.extraLookups}; scans left out (sync state changed): ${f.leftOut}; codes given up after 5 broken bursts: ${f.givenUp}`);
    }
    console.log(`full resync of ${DOSSIERS} dossiers started ${resyncStarts} time(s) to cover the scans${resyncStarts > 1 ? ' (it ended before they did and was started again)' : ''}`);
    console.log(`ratio during/idle: median ×${figures.ratioDuringOverIdle.median}   p95 ×${figures.ratioDuringOverIdle.p95}   max ×${figures.ratioDuringOverIdle.max}`);
    recordBenchResult('scan-latency', figures);
    console.log(`appended to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  } finally {
    await browser.close();
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
