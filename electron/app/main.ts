import { app, BrowserWindow, ipcMain, Menu, protocol, safeStorage, session, utilityProcess } from 'electron';
import { AppImageUpdater, DebUpdater, NsisUpdater } from 'electron-updater';
import { createKioskHost } from '../host/kiosk-host.ts';
import { watchProcessFaults } from '../log/process-faults.ts';
import { kioskCliArguments, runKioskCliInApp } from './kiosk-cli-in-app.ts';
import { relaunchForMainProcessFlags } from './main-process-flags-relaunch.ts';
import { safeStorageSealer } from './safe-storage-sealer.ts';
import { startKiosk } from './start-kiosk.ts';
import { detectInstallKind, electronUpdaterPort } from './updater.ts';
import { updaterForInstallKind } from './updater-class.ts';
import { withRestartWatchdog } from './update-restart-watchdog.ts';

// Linux: never the keyring, whose unlock dialog would wait on the lobby screen under auto-login
// (safe-storage-sealer.ts). Chromium reads the switch at start, so before 'ready'.
if (process.platform === 'linux') app.commandLine.appendSwitch('password-store', 'basic');

// `receipt-kiosk config reset-pin` and every other `kiosk` command: the packaged app is the
// only executable a deb, AppImage or NSIS install has. Decided before the kiosk takes its lock.
const cliArguments = kioskCliArguments(process.argv, process.defaultApp === true);
if (cliArguments !== null) {
  void runKioskCliInApp({ app, args: cliArguments, resourcesPath: process.resourcesPath });
} else if (
  !relaunchForMainProcessFlags({
    argv: process.argv,
    env: process.env,
    isPackaged: app.isPackaged,
    appImage: process.env.APPIMAGE,
    relaunch: (options) => app.relaunch(options),
    exit: (code) => app.exit(code),
  })
) {
  startKiosk({
    electron: { app, BrowserWindow, ipcMain, Menu, protocol, session, utilityProcess },
    createHost: createKioskHost,
    // Spelled out so that the production build's define replaces process.env.NODE_ENV.
    env: { NODE_ENV: process.env.NODE_ENV },
    resourcesPath: process.resourcesPath,
    secretSealer: safeStorageSealer(safeStorage),
    version: app.getVersion(),
    updater: () => {
      const kind = detectInstallKind({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appImage: process.env.APPIMAGE,
        resourcesPath: process.resourcesPath,
      });
      // electron-updater is only touched where this installation can update.
      const updater = updaterForInstallKind(kind, { AppImageUpdater, DebUpdater, NsisUpdater });
      if (updater === null) return null;
      const port = electronUpdaterPort(updater, kind);
      return kind === 'nsis' ? withRestartWatchdog(port, process.execPath) : port;
    },
    // Logged and counted (the diagnostics bundle shows them), then the host restarts.
    onProcessError: (listener) => {
      watchProcessFaults((_kind, error) => listener(error));
    },
  });
}
