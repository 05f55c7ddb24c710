import { describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../../../shared/contract/index.ts';
import type { KioskBridge } from '../../../../shared/contract/index.ts';

type Relay = (event: unknown, message: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Relay>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, result: 'answer' })),
      on: vi.fn((channel: string, listener: Relay) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: Relay) => {
        listeners.get(channel)?.delete(listener);
      }),
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

// The preload runs for its side effect, once, as in the renderer. Vitest clears mock calls
// before each test, so what it exposed is captured here.
await import('../../../../electron/app/preload.ts');
const exposedCalls = [...electron.contextBridge.exposeInMainWorld.mock.calls];

const exposed = () => exposedCalls;
const bridge = () => exposedCalls[0]?.[1] as KioskBridge;
const push = (message: unknown) => {
  const ipcEvent = { sender: { send: () => undefined }, senderId: 0, ports: [] };
  for (const listener of electron.listeners.get(IPC_EVENT_CHANNEL) ?? []) listener(ipcEvent, message);
};

describe('preload', () => {
  it('exposes exactly window.kioskBridge with call and onEvent', () => {
    expect(exposed()).toHaveLength(1);
    expect(exposed()[0]?.[0]).toBe('kioskBridge');
    expect(Object.keys(bridge()).sort()).toEqual(['call', 'onEvent']);
  });

  it('sends call(method, input) over the call channel and resolves to the host answer', async () => {
    const input = { raw: 'X', source: 'keypad' };
    await expect(bridge().call('lookupDossier', input)).resolves.toEqual({ ok: true, result: 'answer' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CALL_CHANNEL, 'lookupDossier', input);
  });

  it('turns a failed invoke into an internal error instead of a rejection', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'kiosk:call'"));
    await expect(bridge().call('getKioskInfo', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('hands listeners only {type, payload}, never the IpcRendererEvent', () => {
    const listener = vi.fn();
    const unsubscribe = bridge().onEvent(listener);
    push({ type: 'scan', payload: { raw: 'X', source: 'hid', at: '2024-01-01T00:00:00.000Z' }, extra: 'dropped' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toHaveLength(1);
    expect(listener.mock.calls[0]?.[0]).toStrictEqual({
      type: 'scan',
      payload: { raw: 'X', source: 'hid', at: '2024-01-01T00:00:00.000Z' },
    });
    unsubscribe();
  });

  it('ignores malformed pushes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge().onEvent(listener);
    for (const message of [null, undefined, 'scan', 42, { payload: 1 }, { type: 7, payload: 1 }]) push(message);
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge().onEvent(listener);
    unsubscribe();
    push({ type: 'syncStatus', payload: {} });
    expect(listener).not.toHaveBeenCalled();
    expect(electron.listeners.get(IPC_EVENT_CHANNEL)?.size).toBe(0);
  });
});

describe('preload bundle', () => {
  it('requires nothing but electron (a sandboxed preload cannot load other modules)', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [new URL('../../../../electron/app/preload.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code.length).toBeLessThan(4096);
  });
});
