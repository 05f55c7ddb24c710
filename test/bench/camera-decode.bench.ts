/**
 * The camera as a scanner (issue 15):
 *  - decode time per frame, median and p95, at 640x480 and 1280x720, of frames with a receipt
 *    in view (QR code, both codes, a phone with glare, tilted) and of empty frames (what an idle
 *    kiosk decodes all day): zxing-wasm, the same WebAssembly the kiosk's worker runs, in Node;
 *  - time from the code's first camera frame to the result on screen, in Chromium with a fake
 *    camera whose video shows the receipt from its first frame: from the kiosk's
 *    `kiosk:camera-running` mark (the camera's first frame is ready) to the result mounted
 *    (window.__kioskMetrics), and from the frame that was read to the result;
 *  - CPU use of the whole browser (every Chromium process, SystemInfo.getProcessInfo) with the
 *    camera on and nothing in view: on the attract screen (3 frames a second) and on home (8).
 *
 *   npm run bench:camera   (npx tsx test/bench/camera-decode.bench.ts [--frames 30] [--runs 8] [--cpu-seconds 20])
 *
 * Appends one JSON line to test/bench/results.jsonl (`bench: "camera-decode"`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { readFrameCodes } from '../../renderer/camera/decode-frame.ts';
import { toImageData } from '../support/camera/gray-image.ts';
import type { GrayImage } from '../support/camera/gray-image.ts';
import { emptyView, fullReceipt, phoneWithGlare, qrReceipt } from '../support/camera/receipt-frames.ts';
import type { FrameSize } from '../support/camera/receipt-frames.ts';
import { noise } from '../support/camera/camera-effects.ts';
import { prepareLocalZXing } from '../support/camera/zxing-node.ts';
import { runKioskCliAsync } from '../support/run-kiosk-cli.ts';
import { launchWithCamera } from '../e2e/camera-scanner.ts';
import buildUiIfStale from '../e2e/global-setup.ts';
import { startKioskServer } from '../e2e/kiosk-server.ts';
import { percentile, recordBenchResult, RESULTS_FILE, round } from './bench-results.ts';

const { values } = parseArgs({
  options: { frames: { type: 'string', default: '30' }, runs: { type: 'string', default: '8' }, 'cpu-seconds': { type: 'string', default: '20' } },
});
const FRAMES = Number(values.frames);
const RUNS = Number(values.runs);
const CPU_SECONDS = Number(values['cpu-seconds']);
const CODE = '000.12.12.H53-261026-0003';
const SIZES: Record<string, FrameSize> = { '640x480': { width: 640, height: 480 }, '1280x720': { width: 1280, height: 720 } };

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, median: round(percentile(sorted, 50), 2), p95: round(percentile(sorted, 95), 2), max: round(sorted.at(-1) ?? Number.NaN, 2) };
}

/** Receipt frames that vary (kind, tilt, noise), so no two decodes see the same picture. */
function receiptFrames(size: FrameSize, count: number): GrayImage[] {
  return Array.from({ length: count }, (_, i) => {
    const tilt = ((i * 7) % 31) - 15;
    const frame = i % 3 === 0 ? qrReceipt(CODE, size, tilt) : i % 3 === 1 ? fullReceipt(CODE, size, tilt / 3) : phoneWithGlare(CODE, size);
    return noise(frame, 3, i + 1);
  });
}

async function decodeTimes(frames: GrayImage[]): Promise<{ ms: number[]; read: number }> {
  const ms: number[] = [];
  let read = 0;
  for (const frame of frames) {
    const pixels = toImageData(frame);
    const started = performance.now();
    const codes = await readFrameCodes(pixels);
    ms.push(performance.now() - started);
    if (codes.length > 0) read++;
  }
  return { ms, read };
}

async function decodeBench() {
  prepareLocalZXing();
  await readFrameCodes(toImageData(emptyView({ width: 64, height: 48 }))); // compiles the WebAssembly once
  const out: Record<string, unknown> = {};
  for (const [name, size] of Object.entries(SIZES)) {
    const frames = receiptFrames(size, FRAMES);
    await decodeTimes(frames.slice(0, 3)); // WebAssembly tiers up (Liftoff, then TurboFan) on the first decodes
    const withCode = await decodeTimes(frames);
    const empty = await decodeTimes(Array.from({ length: FRAMES }, (_, i) => noise(emptyView(size), 4, i + 1)));
    out[name] = { withCode: { ...stats(withCode.ms), read: withCode.read }, empty: stats(empty.ms) };
    console.log(`decode ${name}: with a receipt median ${stats(withCode.ms).median} ms, p95 ${stats(withCode.ms).p95} ms (${withCode.read}/${FRAMES} read); empty median ${stats(empty.ms).median} ms, p95 ${stats(empty.ms).p95} ms`);
  }
  return out;
}

async function cameraKiosk(dir: string) {
  const db = path.join(dir, 'kiosk.db');
  for (const [key, value] of [['scannerSource', 'camera'], ['scannerCameraResolution', '1280x720']] as const) {
    const set = await runKioskCliAsync(['config', 'set', key, value, '--db', db]);
    if (set.status !== 0) throw new Error(set.stderr);
  }
  return startKioskServer({ dbPath: db, idleTimeoutSec: 45 });
}

type Win = Window & {
  __kioskMetrics?: { lookups: { source: string; keyAt: number | null; requestedAt: number; answeredAt: number | null; renderedAt: number | null }[] };
};

interface CameraTiming {
  firstFrameToResult: number;
  /** Camera running to the grab of the frame that was read (the first grab, when the code is in every frame). */
  toReadFrame: number;
  /** The read frame: bitmap, worker, decode, back, until the lookup is asked. */
  frameToRequest: number;
  lookup: number;
  answerToScreen: number;
}

async function firstFrameToResult(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('kiosk-app').and(page.locator('[data-screen="result"]')).waitFor({ timeout: 60_000 });
  return page.evaluate((): CameraTiming => {
    const lookup = (window as Win).__kioskMetrics?.lookups.find((l) => l.source === 'camera' && l.renderedAt !== null);
    const running = performance.getEntriesByName('kiosk:camera-running')[0]?.startTime;
    if (!lookup || running === undefined || lookup.renderedAt === null || lookup.keyAt === null || lookup.answeredAt === null) throw new Error('no camera lookup timing on the page');
    return {
      firstFrameToResult: lookup.renderedAt - running,
      toReadFrame: lookup.keyAt - running,
      frameToRequest: lookup.requestedAt - lookup.keyAt,
      lookup: lookup.answeredAt - lookup.requestedAt,
      answerToScreen: lookup.renderedAt - lookup.answeredAt,
    };
  });
}

/** Seconds of CPU of the Chromium processes, by kind (browser, renderer, utility: the video capture service, …). */
async function browserCpuSeconds(browser: Browser): Promise<Record<string, number>> {
  const cdp = await browser.newBrowserCDPSession();
  const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; cpuTime: number }[] };
  await cdp.detach();
  const byType: Record<string, number> = {};
  for (const p of info.processInfo) byType[p.type] = (byType[p.type] ?? 0) + p.cpuTime;
  return byType;
}

/** Percent of one core the browser used over `seconds`, in all and by process kind. */
async function cpuShare(browser: Browser, seconds: number): Promise<{ total: number; byProcess: Record<string, number> }> {
  const before = await browserCpuSeconds(browser);
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const after = await browserCpuSeconds(browser);
  const elapsed = (performance.now() - started) / 1000;
  const byProcess = Object.fromEntries(Object.entries(after).map(([type, cpu]) => [type, round((100 * (cpu - (before[type] ?? 0))) / elapsed, 1)]));
  return { total: round(Object.values(byProcess).reduce((a, b) => a + b, 0), 1), byProcess };
}

/** The same browser and fake camera on a kiosk whose source is the wedge: what the attract screen costs without the camera. */
async function attractCpuWithoutCamera(): Promise<{ total: number; byProcess: Record<string, number> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-camera-bench-wedge-'));
  const kiosk = await startKioskServer({ dbPath: path.join(dir, 'kiosk.db'), idleTimeoutSec: 45 });
  const idle = await launchWithCamera([{ frame: emptyView(SIZES['1280x720']!), seconds: 1 }]);
  try {
    await idle.page.goto(kiosk.url);
    await idle.page.locator('[data-testid="kiosk-app"][data-screen="attract"]').waitFor({ timeout: 120_000 });
    return await cpuShare(idle.browser, CPU_SECONDS);
  } finally {
    await idle.close();
    await kiosk.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function browserBench() {
  buildUiIfStale();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-camera-bench-'));
  const kiosk = await cameraKiosk(dir);
  try {
    const timings: CameraTiming[] = [];
    const withCode = await launchWithCamera([{ frame: fullReceipt(CODE, SIZES['1280x720']!, 3), seconds: 1 }]);
    try {
      for (let run = 0; run < RUNS; run++) timings.push(await firstFrameToResult(withCode.page, kiosk.url));
    } finally {
      await withCode.close();
    }
    const first = stats(timings.map((t) => t.firstFrameToResult));
    const breakdown = Object.fromEntries((['toReadFrame', 'frameToRequest', 'lookup', 'answerToScreen'] as const).map((k) => [k, stats(timings.map((t) => t[k]))]));
    console.log(`first frame to result: median ${first.median} ms, p95 ${first.p95} ms (${RUNS} runs); breakdown medians: ${Object.entries(breakdown).map(([k, v]) => `${k} ${v.median} ms`).join(', ')}`);

    const idle = await launchWithCamera([{ frame: emptyView(SIZES['1280x720']!), seconds: 1 }]);
    try {
      await idle.page.goto(kiosk.url);
      await idle.page.locator('[data-testid="camera-preview"][data-state="running"]').waitFor({ state: 'attached', timeout: 60_000 });
      const homeCpu = await cpuShare(idle.browser, CPU_SECONDS);
      await idle.page.locator('[data-testid="kiosk-app"][data-screen="attract"]').waitFor({ timeout: 120_000 });
      await idle.page.locator('[data-testid="camera-preview"][data-state="running"]').waitFor({ state: 'attached', timeout: 60_000 });
      const attractCpu = await cpuShare(idle.browser, CPU_SECONDS);
      const attractNoCamera = await attractCpuWithoutCamera();
      console.log(
        `browser CPU, % of one core over ${CPU_SECONDS} s, nothing in view: camera on, attract ${attractCpu.total}% ${JSON.stringify(attractCpu.byProcess)}, home ${homeCpu.total}% ${JSON.stringify(homeCpu.byProcess)}; source wedge, attract ${attractNoCamera.total}% ${JSON.stringify(attractNoCamera.byProcess)}`,
      );
      return { firstFrameToResultMs: first, breakdownMs: breakdown, cpuPercentOneCore: { seconds: CPU_SECONDS, cameraAttract: attractCpu, cameraHome: homeCpu, wedgeAttract: attractNoCamera } };
    } finally {
      await idle.close();
    }
  } finally {
    await kiosk.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const decode = await decodeBench();
const browser = await browserBench();
recordBenchResult('camera-decode', { decodeMs: decode, ...browser, loadavg: os.loadavg().map((l) => round(l, 2)) });
console.log(`appended to ${RESULTS_FILE}`);
