import os from 'node:os';
import path from 'node:path';

/**
 * Where the Electron kiosk keeps its database (app.getPath('userData') of "receipt-kiosk"), so
 * that `kiosk config` and `kiosk doctor` work at the kiosk without --db.
 */
export function defaultKioskDbPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, 'receipt-kiosk', 'kiosk.db');
}
