import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startKiosk } from '../../../../electron/app/start-kiosk.ts';
import type { KioskElectron } from '../../../../electron/app/start-kiosk.ts';
import { FakeBrowserWindow, fakeHost, fakeKioskElectron } from './fakes.ts';
import type { MaintenanceWindow } from './fakes.ts';

vi.mock('electron', () => ({}));

let appPath: string;
beforeAll(() => {
  vi.stubEnv('KIOSK_LOG', 'silent');
  appPath = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-app-'));
  fs.mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Kiosk</title>');
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(appPath, { recursive: true, force: true });
});

async function start(isPackaged: boolean) {
  FakeBrowserWindow.instances = [];
  const host = fakeHost();
  const electron = fakeKioskElectron({ isPackaged, appPath, userDataPath: '/userdata' });
  const { ready } = startKiosk({ electron: electron as unknown as KioskElectron, createHost: async () => host, env: {}, resourcesPath: '/r' });
  await ready;
  return { host, window: FakeBrowserWindow.instances[0] as MaintenanceWindow };
}

describe('leave kiosk mode for maintenance', () => {
  it('takes the kiosk window out of kiosk and full screen when the host asks, and puts it back', async () => {
    const { host, window } = await start(true);
    host.emit({ type: 'kioskMode', payload: { kiosk: false } });
    expect(window.setKiosk).toHaveBeenLastCalledWith(false);
    expect(window.setFullScreen).toHaveBeenLastCalledWith(false);
    host.emit({ type: 'kioskMode', payload: { kiosk: true } });
    expect(window.setKiosk).toHaveBeenLastCalledWith(true);
    expect(window.setFullScreen).toHaveBeenLastCalledWith(true);
    host.emit({ type: 'syncStatus', payload: { state: 'idle', lastSuccessAt: null, lastError: null } });
    expect(window.setKiosk).toHaveBeenCalledTimes(2);
  });

  it('leaves a developer’s window alone', async () => {
    const { host, window } = await start(false);
    host.emit({ type: 'kioskMode', payload: { kiosk: false } });
    expect(window.setKiosk).not.toHaveBeenCalled();
  });
});
