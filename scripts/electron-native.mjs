// Builds better-sqlite3 for Electron's ABI into build/native/electron/better_sqlite3.node,
// leaving node_modules' Node build alone (the tests and `npm run serve` need that one).
// The host loads it through better-sqlite3's `nativeBinding` option.
//   node scripts/electron-native.mjs [--force] [--from-source]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/**
 * What compiling better-sqlite3 for Electron needs. Electron 43 and later need GCC 13 or newer:
 * older ones mis-expand macros of its V8 headers (better-sqlite3's own release builds moved to
 * Debian 13 for it), so Ubuntu 22.04 and Debian 12 need a newer g++.
 */
export const BUILD_TOOLS = {
  linux: 'python3, make and g++ 13 or newer (Ubuntu 24.04, Debian 13: `sudo apt install python3 make g++`; on Ubuntu 22.04 or Debian 12 install g++-13 and set CXX=g++-13)',
  win32: 'Visual Studio 2022 Build Tools with the "Desktop development with C++" workload, and Python 3 (node-gyp needs both)',
  darwin: 'the Xcode command-line tools (`xcode-select --install`) and Python 3',
};

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

export function nativeOutput(root = ROOT) {
  const dir = path.join(root, 'build', 'native', 'electron');
  return { dir, addon: path.join(dir, 'better_sqlite3.node'), stamp: path.join(dir, 'stamp.json') };
}

export function electronVersion(root = ROOT) {
  return readJson(path.join(root, 'node_modules', 'electron', 'package.json')).version;
}

/** node-gyp: the one npm runs scripts with, else the copy bundled with npm, else a local one. */
function findNodeGyp(root) {
  const nodeDir = path.dirname(process.execPath);
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((file) => file && fs.existsSync(file)) ?? null;
}

function run(label, args, cwd) {
  console.log(`[native] ${label}`);
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit', timeout: 30 * 60_000 });
  return result.status === 0;
}

/**
 * Makes sure build/native/electron/better_sqlite3.node matches the installed Electron and
 * better-sqlite3 (recorded in stamp.json). Tries a prebuilt binary first, then node-gyp
 * against Electron's headers, both in a temporary copy of the package.
 * Resolves to { ok: true, addon, built } or { ok: false, message }.
 */
export async function ensureElectronSqlite({ root = ROOT, force = false, fromSource = false } = {}) {
  const out = nativeOutput(root);
  const packageDir = path.join(root, 'node_modules', 'better-sqlite3');
  const wanted = {
    electron: electronVersion(root),
    betterSqlite3: readJson(path.join(packageDir, 'package.json')).version,
    platform: process.platform,
    arch: process.arch,
  };
  if (!force && fs.existsSync(out.addon) && fs.existsSync(out.stamp)) {
    const stamp = readJson(out.stamp);
    if (Object.entries(wanted).every(([key, value]) => stamp[key] === value)) return { ok: true, addon: out.addon, built: false };
  }

  console.log(`[native] building better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch})`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-better-sqlite3-'));
  try {
    const work = path.join(tmp, 'better-sqlite3');
    fs.cpSync(packageDir, work, {
      recursive: true,
      filter: (src) => path.relative(packageDir, src).split(path.sep)[0] !== 'build',
    });
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    const target = [`--target=${wanted.electron}`, `--arch=${wanted.arch}`];

    const prebuildInstall = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
    let ok = false;
    if (!fromSource && fs.existsSync(prebuildInstall)) {
      ok = run('trying a prebuilt binary (prebuild-install)', [prebuildInstall, '--runtime=electron', `--platform=${wanted.platform}`, ...target], work);
      ok &&= fs.existsSync(built);
    }
    if (!ok) {
      const nodeGyp = findNodeGyp(root);
      if (nodeGyp === null) return { ok: false, message: 'node-gyp was not found (it normally comes with npm).' };
      ok = run(
        `compiling with node-gyp against ${ELECTRON_HEADERS_URL}`,
        [nodeGyp, 'rebuild', '--release', '--runtime=electron', ...target, `--dist-url=${ELECTRON_HEADERS_URL}`, `--devdir=${path.join(os.homedir(), '.electron-gyp')}`],
        work,
      );
      ok &&= fs.existsSync(built);
    }
    if (!ok) {
      return {
        ok: false,
        message:
          `better-sqlite3 could not be built for Electron ${wanted.electron}. better-sqlite3 12 publishes prebuilt ` +
          'binaries for Electron 42 at most, so for this Electron it is compiled, once, against Electron\'s headers ' +
          `(${ELECTRON_HEADERS_URL}, internet access needed) with ${BUILD_TOOLS[process.platform] ?? BUILD_TOOLS.linux}. ` +
          'node_modules is untouched, so `npm test` and `npm run serve` keep working.',
      };
    }
    fs.mkdirSync(out.dir, { recursive: true });
    fs.copyFileSync(built, `${out.addon}.partial`);
    fs.renameSync(`${out.addon}.partial`, out.addon);
    fs.writeFileSync(out.stamp, `${JSON.stringify(wanted, null, 2)}\n`);
    console.log(`[native] ${path.relative(root, out.addon)} ready`);
    return { ok: true, addon: out.addon, built: true };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const result = await ensureElectronSqlite({
    force: process.argv.includes('--force'),
    fromSource: process.argv.includes('--from-source'),
  });
  if (result.ok) {
    if (!result.built) console.log(`[native] ${path.relative(ROOT, result.addon)} is up to date`);
  } else {
    console.error(`[native] ${result.message}`);
    process.exitCode = 1;
  }
}
