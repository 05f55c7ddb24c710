// electron-builder's afterPack hook (electron-builder.yml): runs on the packaged app folder
// before signing and before the installers are made. It checks that the Electron build of
// better-sqlite3 came along, then flips the Electron fuses of the kiosk's executable.
import fs from 'node:fs';
import path from 'node:path';
import fuses from '@electron/fuses';

const { flipFuses, FuseV1Options, FuseVersion } = fuses;

/**
 * The fuses of the Electron security checklist, as @electron/fuses options: every fuse this
 * @electron/fuses knows is set explicitly. Electron 45's wire has a ninth (WasmTrapHandlers,
 * on by default) that @electron/fuses 1.8 cannot name, so strictlyRequireAllFuses stays off
 * and that one keeps Electron's default.
 */
export const KIOSK_FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the signed kiosk binary into a plain Node.
  [FuseV1Options.RunAsNode]: false,
  // Cookies at rest encrypted with the OS keystore.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (--require, --inspect …) ignored.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect, --inspect-brk and friends ignored.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar checked against the hash electron-builder embeds (Windows, macOS; Electron
  // has no integrity check on Linux yet, where the fuse does nothing).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Never a loose app/ folder beside the asar.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // file:// gets no more than a browser gives it; the UI is served from kiosk://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

const EXECUTABLE_SUFFIX = { win32: '.exe', linux: '', darwin: '.app', mas: '.app' };

/** The packaged Electron executable, named as electron-builder names it. */
export function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = electronPlatformName === 'linux' ? packager.executableName : packager.appInfo.productFilename;
  return path.join(appOutDir, `${name}${EXECUTABLE_SUFFIX[electronPlatformName] ?? ''}`);
}

function resourcesDir(context) {
  const mac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  return mac
    ? path.join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`, 'Contents', 'Resources')
    : path.join(context.appOutDir, 'resources');
}

export default async function afterPack(context) {
  const native = path.join(resourcesDir(context), 'native', 'better_sqlite3.node');
  if (!fs.existsSync(native)) {
    throw new Error(
      `${native} is missing: better-sqlite3 was not built for Electron. Run \`npm run dist\` ` +
        '(it runs scripts/electron-native.mjs before electron-builder) instead of electron-builder alone.',
    );
  }
  const executable = executablePath(context);
  console.log(`  • flipping the kiosk's Electron fuses  file=${executable}`);
  await flipFuses(executable, KIOSK_FUSES);
}
