/** Where the updater looks for latest.yml / latest-linux.yml (electron-updater's generic provider). */
export interface UpdateFeed {
  url: string;
  headers: Record<string, string>;
}

/**
 * How this installation can update itself: an AppImage replaces its own file and the
 * per-user NSIS installer runs silently, without a UAC prompt; a deb needs root (apt / dpkg), so the kiosk
 * only reports what is available; a development run does not update.
 */
export type InstallKind = 'appimage' | 'nsis' | 'deb' | 'unsupported';

export type UpdateState =
  | 'disabled'
  | 'idle'
  | 'checking'
  | 'downloading'
  /** Downloaded, waiting for the kiosk to be idle. */
  | 'waiting-for-idle'
  | 'installing'
  /** A newer version exists but this installation cannot install it itself (deb). */
  | 'available'
  | 'error';

/** What the heartbeat tells the district about updates. */
export interface UpdateReport {
  current: string;
  installKind: InstallKind;
  state: UpdateState;
  /** The newest version the district publishes, when last asked. */
  published: string | null;
  lastCheckAt: string | null;
  lastError: string | null;
  /** Versions that failed here and will not be installed again. */
  bad: { version: string; reason: string; at: string; detail: string }[];
  /** The version started after an update that has not proved healthy yet. */
  trial: { version: string; starts: number } | null;
}
