import { test as base, expect } from '@playwright/test';
import { ErrorPage } from './pages/ErrorPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { IdleOverlay } from './pages/IdleOverlay.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { ManualEntryPage } from './pages/ManualEntryPage.ts';
import { ResultPage } from './pages/ResultPage.ts';
import { Scanner } from './pages/Scanner.ts';
import { startKioskServer } from './kiosk-server.ts';
import type { KioskServer } from './kiosk-server.ts';

interface WorkerFixtures {
  /** `--idle-timeout` for this worker's host (undefined: the kiosk's setting, 90 s). */
  idleTimeoutSec: number | undefined;
  kiosk: KioskServer;
}

interface TestFixtures {
  /** The page runs on Playwright's fake clock (time flows, and a test jumps ahead with page.clock.fastForward). */
  fakeClock: boolean;
  shell: KioskShell;
  home: HomePage;
  manual: ManualEntryPage;
  result: ResultPage;
  errorPage: ErrorPage;
  idle: IdleOverlay;
  scanner: Scanner;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  idleTimeoutSec: [undefined, { scope: 'worker', option: true }],
  kiosk: [
    async ({ idleTimeoutSec }, use) => {
      // `npm run serve` as a site runs it (the private kiosks of spec files start its bundle).
      const server = await startKioskServer({ idleTimeoutSec, viaBin: true });
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  fakeClock: [false, { option: true }],
  shell: async ({ page, kiosk, fakeClock }, use) => {
    if (fakeClock) await page.clock.install();
    const shell = new KioskShell(page);
    await shell.open(kiosk.url);
    await use(shell);
  },
  // Every page object comes with the kiosk open on its home screen.
  home: async ({ shell }, use) => use(new HomePage(shell.page)),
  manual: async ({ shell }, use) => use(new ManualEntryPage(shell.page)),
  result: async ({ shell }, use) => use(new ResultPage(shell.page)),
  errorPage: async ({ shell }, use) => use(new ErrorPage(shell.page)),
  idle: async ({ shell }, use) => use(new IdleOverlay(shell.page)),
  scanner: async ({ shell, fakeClock }, use) => use(new Scanner(shell.page, fakeClock)),
});

export { expect };

/** Dossier codes from assets/demo/README.md, one per case the tests need. */
export const DEMO = {
  received: '000.00.12.H53-261120-0009',
  inProgressOverdue: '000.12.12.H53-261028-0007',
  supplement: '000.12.12.H53-261112-0015',
  payRegistrationFee: '000.12.12.H53-261026-0003',
  finishedEarlyCounter5: '000.12.12.H53-261105-0021',
  finishedLate: '000.00.12.H53-261012-0005',
  refused: '000.12.12.H53-261118-0011',
  /** A well-formed code of a served agency that is not in the cache. */
  missing: '000.00.12.H53-261120-9999',
  /** A well-formed code of an agency this site does not serve. */
  otherAgency: '000.00.15.H48-261120-0001',
} as const;
