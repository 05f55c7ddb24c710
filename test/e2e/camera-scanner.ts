import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import type { GrayImage } from '../support/camera/gray-image.ts';
import { writeY4m } from '../support/camera/y4m.ts';
import config from '../../playwright.config.ts';

/** Frames a second of the fake camera's video (Chromium plays the file at this rate, in a loop). */
export const CAMERA_FPS = 10;

/** A stretch of the fake camera's video: one picture held for a while. */
export interface Shot {
  frame: GrayImage;
  seconds: number;
}

/**
 * A Chromium of the test's own whose camera plays `shots` (written as a Y4M file): the kiosk's
 * browser with a fake camera, the permission prompt answered yes as `npm run serve` asks once.
 */
export async function launchWithCamera(shots: Shot[]): Promise<{ browser: Browser; page: Page; close: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-camera-'));
  const video = path.join(dir, 'camera.y4m');
  writeY4m(
    video,
    shots.flatMap((shot) => Array.from({ length: Math.max(1, Math.round(shot.seconds * CAMERA_FPS)) }, () => shot.frame)),
    CAMERA_FPS,
  );
  const use = config.use ?? {};
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      ...(use.launchOptions?.args ?? []),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const context = await browser.newContext({
    viewport: use.viewport ?? null,
    deviceScaleFactor: use.deviceScaleFactor,
    hasTouch: use.hasTouch,
    locale: use.locale,
    timezoneId: use.timezoneId,
  });
  const page = await context.newPage();
  return {
    browser,
    page,
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Records every screen the kiosk shows from now on (data-screen of the app), so a test can tell nothing else flashed by. */
export async function recordScreens(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const app = document.querySelector('[data-testid="kiosk-app"]');
    const seen: string[] = [app?.getAttribute('data-screen') ?? ''];
    (window as unknown as { __screensSeen: string[] }).__screensSeen = seen;
    if (app) {
      new MutationObserver(() => {
        const screen = app.getAttribute('data-screen') ?? '';
        if (seen[seen.length - 1] !== screen) seen.push(screen);
      }).observe(app, { attributes: true, attributeFilter: ['data-screen'] });
    }
  });
  return () => page.evaluate(() => (window as unknown as { __screensSeen: string[] }).__screensSeen);
}
