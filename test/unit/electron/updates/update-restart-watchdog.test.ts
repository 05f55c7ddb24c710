// The Windows update's safety net: before the installer quits the kiosk, a detached command is
// left to start it again. cmd.exe cannot run here, so what would be spawned is recorded.
import type { SpawnOptions } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { RESTART_WATCHDOG_SEC, withRestartWatchdog } from '../../../../electron/app/update-restart-watchdog.ts';
import type { UpdaterPort } from '../../../../electron/updates/update-controller.ts';

const EXE = 'C:\\Users\\kiosk\\AppData\\Local\\Programs\\receipt-kiosk\\Receipt Kiosk.exe';

function recording() {
  const order: string[] = [];
  const spawned: { command: string; args: string[]; options: SpawnOptions; unref: boolean }[] = [];
  const port: UpdaterPort = {
    kind: 'nsis',
    check: async () => null,
    download: async () => undefined,
    install: () => {
      order.push('install');
    },
  };
  const spawn = (command: string, args: string[], options: SpawnOptions) => {
    order.push('watchdog');
    const entry = { command, args, options, unref: false };
    spawned.push(entry);
    return {
      unref: () => {
        entry.unref = true;
      },
    };
  };
  return { port: withRestartWatchdog(port, EXE, spawn), order, spawned };
}

describe('withRestartWatchdog', () => {
  it('leaves a detached, hidden command that starts the kiosk again after the install window, then installs', () => {
    const { port, order, spawned } = recording();
    port.install();
    expect(order).toEqual(['watchdog', 'install']);
    const [run] = spawned;
    expect(run!.command).toBe('cmd.exe');
    expect(run!.options).toMatchObject({ detached: true, stdio: 'ignore', windowsHide: true, windowsVerbatimArguments: true });
    expect(run!.unref).toBe(true);
    expect(run!.args).toEqual(['/d', '/s', '/c', `"ping -n ${RESTART_WATCHDOG_SEC + 1} 127.0.0.1 >NUL & start "" "${EXE}" "--js-flags=--no-memory-reducer --single-threaded-gc --max-semi-space-size=3""`]);
    expect(RESTART_WATCHDOG_SEC).toBeGreaterThanOrEqual(120);
  });

  it('checks and downloads exactly as the port it wraps', async () => {
    const { port, spawned } = recording();
    expect(port.kind).toBe('nsis');
    await expect(port.check({ url: 'https://x.invalid/', headers: {} }, () => true)).resolves.toBeNull();
    expect(spawned).toEqual([]);
  });
});
