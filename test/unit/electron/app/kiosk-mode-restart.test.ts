import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KioskEvent } from '../../../../shared/contract/index.ts';
import { startKiosk } from '../../../../electron/app/start-kiosk.ts';
import type { KioskElectron } from '../../../../electron/app/start-kiosk.ts';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import type { KioskHost, KioskHostOptions } from '../../../../electron/host/kiosk-host.types.ts';
import type { HostSupervisor } from '../../../../electron/recovery/host-supervisor.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { GOOD_PIN, issueSetupCode } from '../technician/technician-harness.ts';
import { FakeBrowserWindow, fakeHost, fakeKioskElectron } from './fakes.ts';
import type { MaintenanceWindow } from './fakes.ts';

vi.mock('electron', () => ({}));

beforeAll(() => vi.stubEnv('KIOSK_LOG', 'silent'));

/** A packaged kiosk (kiosk mode on) whose host `createHost` makes, on a user-data folder of its own. */
async function startPackagedKiosk(userData: string, createHost: (options: KioskHostOptions) => Promise<KioskHost>) {
  FakeBrowserWindow.instances = [];
  fs.mkdirSync(path.join(userData, 'app', 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>Kiosk</title>');
  const electron = fakeKioskElectron({ isPackaged: true, appPath: path.join(userData, 'app'), userDataPath: userData });
  const started = await startKiosk({ electron: electron as unknown as KioskElectron, createHost, env: {}, resourcesPath: '/r' }).ready;
  const supervisor = started!.host as HostSupervisor;
  const events: KioskEvent[] = [];
  supervisor.subscribe((event) => events.push(event));
  return { supervisor, window: FakeBrowserWindow.instances[0] as MaintenanceWindow, events };
}

const waitFor = async (what: string, condition: () => boolean) => {
  const until = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('kiosk mode after maintenance, when the kiosk services restart or stop', () => {
  const tempDir = useTempDir();
  let supervisor: HostSupervisor | null = null;
  afterEach(async () => {
    await supervisor?.close();
    supervisor = null;
  });

  async function inMaintenance() {
    const userData = tempDir();
    const kiosk = await startPackagedKiosk(userData, (options) => createKioskHost({ ...options, backgroundSync: false, demoWhenEmpty: false }));
    supervisor = kiosk.supervisor;
    const call = async (method: string, input: unknown) => {
      const response = await kiosk.supervisor.call(method, input);
      if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
      return response.result as Record<string, unknown>;
    };
    const setupCode = await issueSetupCode(path.join(userData, 'kiosk.db'));
    const { session } = (await call('technicianSetFirstPin', { pin: GOOD_PIN, setupCode })) as { session: string };
    await call('technicianLeaveKioskMode', { session });
    expect(kiosk.window.setKiosk).toHaveBeenLastCalledWith(false);
    expect(kiosk.window.setFullScreen).toHaveBeenLastCalledWith(false);
    return { ...kiosk, call, session };
  }

  it('comes back, and the technician session is said to have ended, when the technician restarts the services', async () => {
    const kiosk = await inMaintenance();
    expect(await kiosk.call('technicianRestartServices', { session: kiosk.session })).toEqual({ requested: true });
    await waitFor('the restart', () => kiosk.supervisor.status.restarts === 1);
    await waitFor('the services to come back', () => kiosk.supervisor.running);
    expect(kiosk.window.setKiosk).toHaveBeenLastCalledWith(true);
    expect(kiosk.window.setFullScreen).toHaveBeenLastCalledWith(true);
    expect(kiosk.events).toContainEqual({ type: 'technicianSession', payload: { open: false, reason: 'stopped' } });
    expect(kiosk.events).toContainEqual({ type: 'kioskMode', payload: { kiosk: true } });
    // The old session died with the old host.
    await expect(kiosk.supervisor.call('technicianTouch', { session: kiosk.session })).resolves.toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('comes back when the host is restarted for its own reasons (internal errors, an uncaught error)', async () => {
    const kiosk = await inMaintenance();
    kiosk.supervisor.restart('an uncaught error');
    expect(kiosk.window.setKiosk).toHaveBeenLastCalledWith(true);
    await waitFor('the old host to close', () => kiosk.events.some((e) => e.type === 'technicianSession'));
    expect(kiosk.events).toContainEqual({ type: 'technicianSession', payload: { open: false, reason: 'stopped' } });
  });

  it('comes back even from a host that fails while closing and never says so', async () => {
    const host = fakeHost();
    host.close.mockRejectedValue(new Error('SQLITE_IOERR'));
    const kiosk = await startPackagedKiosk(tempDir(), async () => host);
    supervisor = kiosk.supervisor;
    host.emit({ type: 'kioskMode', payload: { kiosk: false } });
    expect(kiosk.window.setKiosk).toHaveBeenLastCalledWith(false);
    kiosk.supervisor.restart('an uncaught error');
    expect(kiosk.window.setKiosk).toHaveBeenLastCalledWith(true);
    expect(kiosk.window.setFullScreen).toHaveBeenLastCalledWith(true);
  });
});
