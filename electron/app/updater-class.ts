import type { AppUpdater } from 'electron-updater';
import type { InstallKind } from '../updates/update-types.ts';

/** electron-updater's updater classes (the real ones in main.ts and in the tests). */
export interface UpdaterClasses {
  AppImageUpdater: new () => AppUpdater;
  DebUpdater: new () => AppUpdater;
  NsisUpdater: new () => AppUpdater;
}

/**
 * The updater for this installation, chosen from the install kind rather than by
 * electron-updater's `autoUpdater`: that one reads resources/package-type, which the deb target
 * writes into the linux-unpacked folder the AppImage is made from too, so inside an AppImage it
 * would be a DebUpdater (downloading a .deb and asking for a password on the lobby screen).
 */
export function updaterForInstallKind(kind: InstallKind, classes: UpdaterClasses): AppUpdater | null {
  switch (kind) {
    case 'appimage':
      return new classes.AppImageUpdater();
    case 'deb':
      return new classes.DebUpdater();
    case 'nsis':
      return new classes.NsisUpdater();
    case 'unsupported':
      return null;
  }
}
