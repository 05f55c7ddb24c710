import { describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../../../shared/contract/index.ts';
import { isTrustedKioskFrame, registerKioskIpc } from '../../../../electron/app/ipc.ts';
import { FakeIpcMain, FakeWebContents, appFrame, fakeHost } from './fakes.ts';

vi.mock('electron', () => ({}));

function setUp() {
  const ipcMain = new FakeIpcMain();
  const host = fakeHost();
  const target = new FakeWebContents();
  let window: FakeWebContents | null = target;
  const unregister = registerKioskIpc(ipcMain, host, { eventTarget: () => window });
  return { ipcMain, host, target, unregister, closeWindow: () => (window = null) };
}

const UNAUTHORIZED = { ok: false, error: { code: 'unauthorized', message: expect.any(String) } };

describe('registerKioskIpc: calls', () => {
  it('passes a call from the kiosk page to the host with its method and input', async () => {
    const { ipcMain, host } = setUp();
    const input = { raw: '000.00.12.H53-230915-0003', source: 'wedge' };
    const answer = await ipcMain.invoke(IPC_CALL_CHANNEL, appFrame, 'lookupDossier', input);
    expect(host.call).toHaveBeenCalledExactlyOnceWith('lookupDossier', input);
    expect(answer).toEqual({ ok: true, result: { method: 'lookupDossier', input } });
  });

  it.each([
    ['no frame (navigated away or destroyed)', null],
    ['a subframe of the kiosk page', { url: 'kiosk://app/index.html', parent: appFrame }],
    ['a remote page', { url: 'https://example.com/', parent: null }],
    ['another kiosk: host', { url: 'kiosk://evil/index.html', parent: null }],
    ['a file: page', { url: 'file:///work/main/dist/renderer/index.html', parent: null }],
    ['the loopback HTTP UI', { url: 'http://127.0.0.1:4173/', parent: null }],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['a frame with no URL yet', { url: '', parent: null }],
  ])('refuses a call from %s without reaching the host', async (_name, frame) => {
    const { ipcMain, host } = setUp();
    await expect(ipcMain.invoke(IPC_CALL_CHANNEL, frame, 'getKioskInfo', {})).resolves.toEqual(UNAUTHORIZED);
    expect(host.call).not.toHaveBeenCalled();
  });

  it.each([42, null, undefined, { toString: () => 'getKioskInfo' }, ['getKioskInfo']])('refuses a method name that is not a string: %o', async (method) => {
    const { ipcMain, host } = setUp();
    const answer = await ipcMain.invoke(IPC_CALL_CHANNEL, appFrame, method, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(host.call).not.toHaveBeenCalled();
  });

  it('answers internal when the host breaks its promise not to throw', async () => {
    const { ipcMain, host } = setUp();
    host.call.mockRejectedValueOnce(new Error('boom'));
    await expect(ipcMain.invoke(IPC_CALL_CHANNEL, appFrame, 'getKioskInfo', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('uses a custom sender check when given one', async () => {
    const ipcMain = new FakeIpcMain();
    const host = fakeHost();
    registerKioskIpc(ipcMain, host, { eventTarget: () => null, isTrustedSender: () => false });
    await expect(ipcMain.invoke(IPC_CALL_CHANNEL, appFrame, 'getKioskInfo', {})).resolves.toEqual(UNAUTHORIZED);
    expect(host.call).not.toHaveBeenCalled();
  });
});

describe('registerKioskIpc: events', () => {
  it('pushes every host event to the window as {type, payload}', () => {
    const { host, target } = setUp();
    const scan = { type: 'scan', payload: { raw: 'X', source: 'hid', at: '2024-01-01T00:00:00.000Z' } } as const;
    const sync = { type: 'syncStatus', payload: { state: 'idle', lastSuccessAt: null, lastError: null } } as const;
    host.emit(scan);
    host.emit(sync);
    expect(target.send.mock.calls).toEqual([
      [IPC_EVENT_CHANNEL, scan],
      [IPC_EVENT_CHANNEL, sync],
    ]);
  });

  it('drops events while there is no live window', () => {
    const { host, target, closeWindow } = setUp();
    target.destroyed = true;
    host.emit({ type: 'syncStatus', payload: { state: 'idle', lastSuccessAt: null, lastError: null } });
    closeWindow();
    host.emit({ type: 'syncStatus', payload: { state: 'idle', lastSuccessAt: null, lastError: null } });
    expect(target.send).not.toHaveBeenCalled();
  });

  it('unregisters the handler and the subscription', () => {
    const { ipcMain, host, target, unregister } = setUp();
    expect(host.listenerCount()).toBe(1);
    unregister();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(IPC_CALL_CHANNEL);
    expect(ipcMain.handlers.size).toBe(0);
    expect(host.listenerCount()).toBe(0);
    host.emit({ type: 'syncStatus', payload: { state: 'idle', lastSuccessAt: null, lastError: null } });
    expect(target.send).not.toHaveBeenCalled();
  });
});

describe('isTrustedKioskFrame', () => {
  it('trusts only the top frame of kiosk://app', () => {
    expect(isTrustedKioskFrame(appFrame)).toBe(true);
    expect(isTrustedKioskFrame({ url: 'kiosk://app/procedures', parent: null })).toBe(true);
    expect(isTrustedKioskFrame({ url: 'kiosk://app.evil/', parent: null })).toBe(false);
    expect(isTrustedKioskFrame({ url: 'kiosk://user:pw@app/', parent: null })).toBe(false);
  });
});
