import { test } from '@playwright/test';
import { startKioskServer } from './kiosk-server.ts';
import type { KioskServer } from './kiosk-server.ts';

/**
 * A kiosk (and database) of the spec file's own, for specs that change settings no other spec
 * may see: started before the file's tests, stopped after them, the tests run in order.
 */
export function usePrivateKiosk(): () => KioskServer {
  let kiosk: KioskServer | undefined;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    kiosk = await startKioskServer();
  });
  test.afterAll(async () => {
    await kiosk?.stop();
  });
  return () => {
    if (!kiosk) throw new Error('The spec file’s kiosk has not started.');
    return kiosk;
  };
}
