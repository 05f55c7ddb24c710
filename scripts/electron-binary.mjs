// The Electron binary for `npm start`. Electron 42 and later download it on first use, not
// during `npm install`: node_modules/electron/index.js runs the package's own install.js when
// path.txt is missing. This does the same, visibly, before anything else needs the binary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const readText = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null);

/** Where Electron's binary comes from, in @electron/get's order: npm's electron_mirror, ELECTRON_MIRROR, GitHub. */
export function electronDownloadSource(env) {
  const mirror = env.npm_config_electron_mirror || env.NPM_CONFIG_ELECTRON_MIRROR || env.npm_package_config_electron_mirror || env.ELECTRON_MIRROR;
  return mirror ? `the mirror ${mirror}` : 'GitHub (github.com/electron/electron/releases)';
}

/** The cache @electron/get keeps downloaded zips in (electron_config_cache, else its default). */
export function electronCacheDir(env, platform = process.platform, home = os.homedir()) {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'electron', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'electron');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'electron');
}

/** The executable, found as node_modules/electron/index.js finds it, or null when not installed yet. */
export function installedElectronBinary(packageDir, env) {
  const executable = readText(path.join(packageDir, 'path.txt'));
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const file = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
    return fs.existsSync(file) ? file : null;
  }
  if (!executable) return null;
  const file = path.join(packageDir, 'dist', executable);
  return fs.existsSync(file) ? file : null;
}

function runPackageInstaller(packageDir, env) {
  const result = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], { cwd: packageDir, env, stdio: 'inherit' });
  return result.status === 0;
}

function downloadFailedMessage(version, env) {
  const zip = `electron-v${version}-${process.platform}-${process.arch}.zip`;
  return [
    `Electron ${version} could not be downloaded from ${electronDownloadSource(env)} (its error is above).`,
    'npm start downloads it once, the way the electron package does on first use, and keeps it in',
    `node_modules/electron/dist (the zip stays in ${electronCacheDir(env)}). To get past this:`,
    '  - check the connection (and HTTPS_PROXY if this network needs a proxy), then run npm start again;',
    `  - or, where GitHub is blocked, set ELECTRON_MIRROR to a mirror that has v${version}, e.g.`,
    '      ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start',
    `  - or, offline, unpack ${zip} (copied from a machine that has it) into a folder and`,
    '      ELECTRON_OVERRIDE_DIST_PATH=<that folder> npm start',
    'Meanwhile `npm run serve` runs the same kiosk in a browser, without Electron.',
  ].join('\n');
}

/**
 * The Electron executable, downloaded first when it is not there yet.
 * Resolves to { ok: true, binary, downloaded } or { ok: false, message }.
 */
export function ensureElectronBinary({ packageDir, env = process.env, log = console.log, install = runPackageInstaller }) {
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const present = installedElectronBinary(packageDir, env);
  if (present !== null) return { ok: true, binary: present, downloaded: false };
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return {
      ok: false,
      message: `ELECTRON_OVERRIDE_DIST_PATH is ${env.ELECTRON_OVERRIDE_DIST_PATH}, but the Electron ${version} executable is not in it: unpack electron-v${version}-${process.platform}-${process.arch}.zip there, or unset it to download Electron.`,
    };
  }
  log(`[start] Electron ${version} is not downloaded yet (Electron 42 and later fetch it on first use, not during npm install).`);
  log(`[start] Downloading it once from ${electronDownloadSource(env)}; cache: ${electronCacheDir(env)}`);
  const installed = install(packageDir, env) ? installedElectronBinary(packageDir, env) : null;
  if (installed === null) return { ok: false, message: downloadFailedMessage(version, env) };
  log(`[start] Electron ${version} ready: ${installed}`);
  return { ok: true, binary: installed, downloaded: true };
}
