import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO } from './fixtures.ts';
import { startKioskServer } from './kiosk-server.ts';
import { ErrorPage } from './pages/ErrorPage.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { ResultPage } from './pages/ResultPage.ts';
import { Scanner } from './pages/Scanner.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The kiosk host on a fixed port, database and token, so it can be started again as the same host. */
const startHost = (port: number, dbPath: string, token: string) => startKioskServer({ port, dbPath, token, env: { ...process.env, KIOSK_LOG: 'silent' } });

test.describe('recovery in the browser transport', () => {
  test('host stopped under an open UI → out of service → host back on the same port and db → the UI recovers untouched', async ({ browser }) => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-recovery-'));
    const db = path.join(dir, 'kiosk.db');
    const port = await freePort();
    // Starts with '-', as one random base64url token in 64 does: it must still reach serve as a token, not an option.
    const token = `-${randomBytes(24).toString('base64url')}`;
    let host = await startHost(port, db, token);
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    try {
      const shell = new KioskShell(page);
      await shell.open(host.url);

      await host.stop();
      await new Scanner(page).scan(DEMO.received);
      await shell.expectScreen('out-of-service');
      await expect(new ErrorPage(page).of('out-of-service').failureCode).toHaveAttribute('data-code', /unreachable/);

      host = await startHost(port, db, token);
      // Nobody touches the screen: it finds the host again and returns to the start screen.
      const recoveredBy = Date.now();
      await shell.expectScreen('home', { timeout: 30_000 });
      test.info().annotations.push({ type: 'recovered after', description: `${Date.now() - recoveredBy} ms` });

      // And it works again, through the same cookie the first host set.
      await new Scanner(page).scan(DEMO.supplement);
      await shell.expectScreen('result');
      await expect(new ResultPage(page).code).toHaveText(DEMO.supplement);
    } finally {
      await page.close();
      await host.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
