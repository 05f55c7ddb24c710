import fs from 'node:fs';
import type { OutgoingHttpHeaders } from 'node:http';
import path from 'node:path';
import type { AppUpdater, Logger, UpdateInfo } from 'electron-updater';
import { log } from '../log/log.ts';
import { realTimers } from '../recovery/retry-delay.ts';
import type { Timers } from '../recovery/retry-delay.ts';
import { installQuietMs } from '../updates/activity-monitor.ts';
import { SignedUpdates } from '../updates/signed-updates.ts';
import type { ActivityMonitor } from '../updates/activity-monitor.ts';
import { UpdateController } from '../updates/update-controller.ts';
import type { UpdaterPort } from '../updates/update-controller.ts';
import { UpdateRecordFile } from '../updates/update-record.ts';
import type { InstallKind, UpdateFeed } from '../updates/update-types.ts';

/** The parts of electron-updater's AppUpdater the kiosk uses (a fake in tests). */
export type ElectronUpdater = Pick<
  AppUpdater,
  'setFeedURL' | 'checkForUpdates' | 'downloadUpdate' | 'quitAndInstall' | 'on' | 'off'
> & {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  allowPrerelease: boolean;
  requestHeaders: OutgoingHttpHeaders | null;
  isUpdateSupported: (info: UpdateInfo) => boolean | Promise<boolean>;
  logger: Logger | null;
};

export interface InstallKindInput {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** $APPIMAGE, set by the AppImage runtime. */
  appImage: string | undefined;
  /** process.resourcesPath: electron-builder writes resources/package-type for deb and rpm. */
  resourcesPath: string;
  readFile?: (file: string) => string | null;
}

const readIfExists = (file: string): string | null => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/** How this installation can update itself, as electron-updater itself decides it. */
export function detectInstallKind(input: InstallKindInput): InstallKind {
  if (!input.isPackaged) return 'unsupported';
  if (input.platform === 'win32') return 'nsis';
  if (input.platform !== 'linux') return 'unsupported';
  if (input.appImage) return 'appimage';
  const packageType = (input.readFile ?? readIfExists)(path.join(input.resourcesPath, 'package-type'))?.trim();
  return packageType === 'deb' ? 'deb' : 'unsupported';
}

const updaterLogger: Logger = {
  info: () => undefined,
  warn: (message?: unknown) => log.warn('updater', { detail: String(message).slice(0, 200) }),
  error: (message?: unknown) => log.error('updater', { detail: String(message).slice(0, 200) }),
};

/**
 * electron-updater behind the controller's port: the district's feed, read only through the
 * vendor's signature (electron/updates/signed-updates.ts),
 * nothing downloaded or installed on its own (the controller decides both), downgrades
 * allowed only because the policy accepts an older version solely to leave a bad one.
 */
export function electronUpdaterPort(updater: ElectronUpdater, kind: InstallKind, signed = new SignedUpdates()): UpdaterPort {
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  updater.allowDowngrade = true;
  updater.allowPrerelease = false;
  updater.logger = updaterLogger;
  return {
    kind,
    async check(feed, accept) {
      updater.requestHeaders = { ...feed.headers };
      updater.setFeedURL(signed.feedConfiguration(feed));
      updater.isUpdateSupported = (info) => accept(info.version);
      const result = await updater.checkForUpdates();
      if (result === null) return null;
      return { version: result.updateInfo.version, available: result.isUpdateAvailable };
    },
    async download() {
      await signed.checkDownloaded(await updater.downloadUpdate());
    },
    install() {
      // quitAndInstall reports a failed start of the installer through 'error', synchronously.
      let failure: Error | null = null;
      const onError = (error: Error) => {
        failure = error;
      };
      updater.on('error', onError);
      try {
        updater.quitAndInstall(true, true);
      } finally {
        updater.off('error', onError);
      }
      if (failure) throw failure;
    },
  };
}

export interface KioskUpdatesOptions {
  port: UpdaterPort;
  /** The update record's file (userData/update-record.json). */
  recordFile: string;
  version: string;
  feed: () => UpdateFeed | null;
  activity: ActivityMonitor;
  /** The UI's idle timeout, as the host last reported it. */
  idleTimeoutSec: () => number;
  /** A version on trial is healthy once the UI has answered and stayed up this long. */
  stableMs?: number;
  timers?: Timers;
}

export interface KioskUpdates {
  controller: UpdateController;
  /** The UI got an answer from the host (getKioskInfo over IPC). */
  uiAnswered(): void;
  /** The kiosk page failed (crash, hang, load failure): not healthy yet. */
  uiFailed(): void;
  stop(): void;
}

/**
 * Starts the update controller for the running kiosk: settles what the last run left (a
 * failed install or start is recorded), checks the district's feed in the background, and
 * declares this version healthy once the UI has answered and stayed up for a while.
 */
export function startKioskUpdates(options: KioskUpdatesOptions): KioskUpdates {
  const timers = options.timers ?? realTimers;
  const controller = new UpdateController({
    updater: options.port,
    store: new UpdateRecordFile(options.recordFile),
    currentVersion: options.version,
    feed: options.feed,
    activity: options.activity,
    quietMs: () => installQuietMs(options.idleTimeoutSec()),
    timers,
    log: (message, fields) => log.info(message, fields),
  });
  const outcome = controller.startup();
  if (outcome.kind === 'start-failed' || (outcome.kind === 'install-failed' && outcome.markedBad)) {
    log.error('update marked bad: it will not be installed again', { version: outcome.version, outcome: outcome.kind });
  }
  controller.start();
  let stable: unknown = null;
  let healthy = false;
  return {
    controller,
    uiAnswered() {
      if (healthy || stable !== null) return;
      stable = timers.set(() => {
        stable = null;
        healthy = true;
        controller.markHealthy();
      }, options.stableMs ?? 60_000);
    },
    uiFailed() {
      if (stable !== null) timers.clear(stable);
      stable = null;
    },
    stop() {
      if (stable !== null) timers.clear(stable);
      stable = null;
      controller.stop();
    },
  };
}
