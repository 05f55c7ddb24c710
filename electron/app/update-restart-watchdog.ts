import { spawn as nodeSpawn } from 'node:child_process';
import type { SpawnOptions } from 'node:child_process';
import { MAIN_PROCESS_ELECTRON_SWITCH_QUOTED } from '../../scripts/main-process-flags.mjs';
import type { UpdaterPort } from '../updates/update-controller.ts';

/** Long enough for any silent install to have finished and started the new version. */
export const RESTART_WATCHDOG_SEC = 300;

type Spawn = (command: string, args: string[], options: SpawnOptions) => { unref(): void };

/**
 * The Windows installer quits the kiosk first; should it fail, nothing would start the kiosk
 * again until the next sign-in and the lobby screen would stay dark. So before installing, a
 * detached command starts the kiosk's executable again a few minutes later. If the update went
 * well the kiosk already runs, and that second instance only hands over to it (single-instance
 * lock). `ping` waits: `timeout` needs a console, which a detached process does not have.
 */
export function withRestartWatchdog(port: UpdaterPort, executable: string, spawn: Spawn = nodeSpawn): UpdaterPort {
  return {
    ...port,
    install() {
      const wait = `ping -n ${RESTART_WATCHDOG_SEC + 1} 127.0.0.1 >NUL`;
      // With the main process's V8 flags, or the instance it starts would first start itself again with them.
      const child = spawn('cmd.exe', ['/d', '/s', '/c', `"${wait} & start "" "${executable}" ${MAIN_PROCESS_ELECTRON_SWITCH_QUOTED}"`], {
        detached: true,
        stdio: 'ignore',
        windowsHide: true,
        windowsVerbatimArguments: true,
      });
      child.unref();
      port.install();
    },
  };
}
