import type { KioskMetrics } from '../../renderer/metrics/kiosk-metrics.ts';
import { expect, test } from './fixtures.ts';
import { DEMO } from './fixtures.ts';

type Win = Window & { __kioskMetrics?: KioskMetrics; __frames?: number[] };

// What the scan-latency bench reads: each lookup's timing, ending when its answer was painted.
test('a scan\'s timing runs from its last key to the frame that painted the answer', async ({ page, shell, scanner, result }) => {
  // When each animation frame's callbacks ran, on the page's clock.
  await page.evaluate(() => {
    const w = window as Win;
    w.__frames = [];
    const tick = () => {
      w.__frames!.push(performance.now());
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await scanner.scan(DEMO.received);
  await shell.expectScreen('result');
  await expect(result.code).toHaveText(DEMO.received);
  await page.waitForFunction(() => (window as Win).__kioskMetrics?.lookups.at(-1)?.paintedAt != null);
  const { timing, frames } = await page.evaluate(() => ({ timing: (window as Win).__kioskMetrics!.lookups.at(-1)!, frames: (window as Win).__frames! }));

  expect(timing.source).toBe('wedge');
  const { keyAt, requestedAt, answeredAt, renderedAt, paintedAt } = timing;
  // The test's scanner stamps a burst as just ended when it sends it, as a real scanner's keys are.
  expect(requestedAt).toBeGreaterThanOrEqual(keyAt!);
  expect(answeredAt).toBeGreaterThanOrEqual(requestedAt);
  expect(renderedAt).toBeGreaterThanOrEqual(answeredAt!);
  // Painted: not when mounted, but once a frame has begun after the mount and been drawn.
  expect(paintedAt).toBeGreaterThan(renderedAt!);
  expect(frames.some((frame) => frame >= renderedAt! && frame <= paintedAt!)).toBe(true);
});

// Between a scan and the next, the host is asked for the lookup only, over the transport's call
// socket (a fetch per lookup costs Chromium several milliseconds more); what a result screen needs
// of the host beyond its answer (can it read aloud?) is asked once, not again on every scan.
test('a second scan asks the host nothing but its lookup, over the call socket', async ({ page, kiosk, shell, scanner, result }) => {
  const sent: string[] = [];
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).pathname === '/api/calls') socket.on('framesent', (frame) => sent.push(String(frame.payload)));
  });
  await shell.open(kiosk.url);
  await scanner.scan(DEMO.received);
  await shell.expectScreen('result');
  await page.waitForTimeout(500);
  await result.done();
  await shell.expectScreen('home');
  const fetched: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/call\/([^/?]+)/.exec(request.url())?.[1];
    if (method) fetched.push(method);
  });
  sent.length = 0;
  await scanner.scan(DEMO.supplement);
  await shell.expectScreen('result');
  await expect(result.code).toHaveText(DEMO.supplement);
  await page.waitForTimeout(1000);
  expect(fetched).toEqual([]);
  expect(sent.map((frame) => (JSON.parse(frame) as { method: string }).method)).toEqual(['lookupDossier']);
});
