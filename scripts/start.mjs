// `npm start`: builds the UI and the main process, makes sure better-sqlite3 exists for
// Electron's ABI (build/native/electron/), then runs the kiosk in Electron.
//   npm start [-- --production] [-- <extra Electron arguments>]
// KIOSK_DEV=1 keeps a production build in a normal window.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';
import { electronVersion, ensureElectronSqlite } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const production = args.includes('--production');
const electronArgs = args.filter((arg) => arg !== '--production');

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/**
 * The Electron executable, found the way node_modules/electron/index.js finds it but without
 * its fallback of downloading the binary (which hangs or throws on an offline machine).
 */
function electronBinary() {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const file = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, executable ?? platformExecutable());
    return fs.existsSync(file) ? file : null;
  }
  if (executable === null) return null;
  const file = path.join(packageDir, 'dist', executable);
  return fs.existsSync(file) ? file : null;
}

// As in node_modules/electron/install.js.
function platformExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

function missingElectronMessage(version) {
  return [
    `The Electron ${version} binary is not installed (node_modules/electron/dist is missing;`,
    'it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without internet access).',
    '',
    'To run the kiosk in Electron, on a machine that can reach GitHub:',
    '  npx install-electron            (downloads the binary into node_modules/electron/dist)',
    '  or: unset ELECTRON_SKIP_BINARY_DOWNLOAD and reinstall: npm install electron',
    `Offline: unpack electron-v${version}-<platform>-<arch>.zip (Electron's GitHub releases) and set`,
    'ELECTRON_OVERRIDE_DIST_PATH to that folder, or set ELECTRON_MIRROR to an internal mirror first.',
    '',
    'Without Electron, run the same UI and host in a browser: npm run serve',
  ].join('\n');
}

function buildRenderer() {
  const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = fs.existsSync(viteBin)
    ? spawnSync(process.execPath, [viteBin, 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) fail('The renderer build (vite build) failed.');
}

buildRenderer();
try {
  await buildElectron({ production });
} catch {
  fail('The Electron build (scripts/build-electron.mjs) failed.');
}

const version = electronVersion(root);
const binary = electronBinary();
if (binary === null) fail(missingElectronMessage(version));

const native = await ensureElectronSqlite({ root });
if (!native.ok) fail(`${native.message}\nThe kiosk cannot open its database in Electron without it.`);

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
if (production) env.NODE_ENV = 'production';
const child = spawn(binary, ['.', ...electronArgs], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
