import path from 'node:path';

export interface KioskPathsInput {
  /** app.getAppPath(): the folder (or app.asar) holding package.json. */
  appPath: string;
  /** app.getPath('userData') */
  userDataPath: string;
  /** process.resourcesPath: where packaging puts files outside app.asar. */
  resourcesPath: string;
  isPackaged: boolean;
  exists: (file: string) => boolean;
}

export interface KioskPaths {
  rendererRoot: string;
  preloadPath: string;
  /** The change-feed worker (electron/sync/feed-worker.ts, bundled). */
  feedWorkerScript: string;
  /** The speech helper process (electron/speech/speech-helper-main.ts, bundled). */
  speechHelperScript: string;
  assetsDir: string;
  dbPath: string;
  /** better-sqlite3 built for Electron's ABI, or undefined to let it find its own build. */
  nativeBinding: string | undefined;
}

/** Where the Electron build of better-sqlite3 lives: dev (scripts/start.mjs) or packaged. */
export function electronSqliteBinding(input: Pick<KioskPathsInput, 'appPath' | 'resourcesPath' | 'isPackaged'>): string {
  return input.isPackaged
    ? path.join(input.resourcesPath, 'native', 'better_sqlite3.node')
    : path.join(input.appPath, 'build', 'native', 'electron', 'better_sqlite3.node');
}

export function kioskPaths(input: KioskPathsInput): KioskPaths {
  const binding = electronSqliteBinding(input);
  return {
    rendererRoot: path.join(input.appPath, 'dist', 'renderer'),
    preloadPath: path.join(input.appPath, 'dist-electron', 'preload.cjs'),
    feedWorkerScript: path.join(input.appPath, 'dist-electron', 'feed-worker.cjs'),
    speechHelperScript: path.join(input.appPath, 'dist-electron', 'speech-helper.cjs'),
    assetsDir: path.join(input.appPath, 'assets'),
    dbPath: path.join(input.userDataPath, 'kiosk.db'),
    nativeBinding: input.exists(binding) ? binding : undefined,
  };
}
