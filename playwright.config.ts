import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against `npm run serve` (the loopback HTTP transport),
 * one kiosk host per worker (test/e2e/fixtures.ts). Playwright cannot download browsers here.
 */
export default defineConfig({
  testDir: 'test/e2e',
  // The documentation's citizen screenshots (every status in every mode) are made by `npm run screenshots`.
  testIgnore: process.env.KIOSK_DOC_SCREENSHOTS_DIR ? [] : ['**/citizen-screenshots*.spec.ts'],
  outputDir: 'test-results/e2e',
  globalSetup: ['./test/e2e/global-setup.ts', './test/e2e/cli-bundles-setup.ts'],
  workers: 2,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // On the 2-core CI machine a test that loses a race with the load gets one more try; a failure on
  // the retry fails the run, and the report lists every flaky test by name.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    },
    viewport: { width: 1080, height: 1920 },
    deviceScaleFactor: 1,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    screenshot: 'only-on-failure',
    // Tracing snapshots the page around every key press, slowing a scanner burst to a
    // person's pace: turn it on for one run with --trace on when a test needs debugging.
    trace: 'off',
  },
});
