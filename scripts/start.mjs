// `npm start`: the kiosk as a kiosk runs it — the production build, full screen, devtools off,
// browser shortcuts swallowed. `npm run start:dev`: the developer window — the development
// build in a framed 1280x800 window with devtools.
//   npm start [-- <extra Electron arguments>]
//   npm run start:dev [-- <extra Electron arguments>]
// Steps, each stopping the run with what to do when it fails: the Node version; the UI; the
// main process; Electron's binary (downloaded on first use, as the electron package does);
// Linux's sandbox requirements; better-sqlite3 for Electron's ABI; then Electron.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureElectronBinary } from './electron-binary.mjs';
import { sandboxProblem } from './linux-sandbox.mjs';
import { MAIN_PROCESS_ELECTRON_SWITCH } from './main-process-flags.mjs';
import { checkNodeVersion } from './node-version.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What `npm start <argv>` runs: the kiosk, or with --dev the developer window. */
export function planStart(argv) {
  const dev = argv.includes('--dev');
  return { dev, production: !dev, electronArgs: [MAIN_PROCESS_ELECTRON_SWITCH, ...argv.filter((arg) => arg !== '--dev')] };
}

/**
 * Electron's binary, then the sandbox check, and only then better-sqlite3 for Electron's ABI
 * (which needs the Electron version the binary is). Resolves to { ok: true, binary } or
 * { ok: false, message }.
 */
export async function prepareElectron({ root = ROOT, env = process.env, log = console.log, install, sandbox = sandboxProblem, native }) {
  const electron = ensureElectronBinary({ packageDir: path.join(root, 'node_modules', 'electron'), env, log, install });
  if (!electron.ok) return electron;
  const problem = sandbox({ binary: electron.binary, root });
  if (problem !== null) return { ok: false, message: problem };
  const ensureNative = native ?? (await import('./electron-native.mjs')).ensureElectronSqlite;
  const sqlite = await ensureNative({ root });
  if (!sqlite.ok) return { ok: false, message: `${sqlite.message}\nThe kiosk cannot open its database in Electron without it.` };
  return { ok: true, binary: electron.binary };
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function buildRenderer() {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail('The UI build (vite build) failed; its errors are above.');
}

async function main() {
  const node = checkNodeVersion(process.versions.node, 'npm start');
  if (!node.ok) fail(node.message);
  if (node.note) console.warn(`[start] ${node.note}`);
  const plan = planStart(process.argv.slice(2));
  console.log(plan.dev ? '[start] developer window (development build, devtools)' : '[start] kiosk (production build, full screen; `npm run start:dev` for a developer window)');

  buildRenderer();
  const { buildElectron } = await import('./build-electron.mjs');
  try {
    await buildElectron({ production: plan.production });
  } catch {
    fail('The main process build (scripts/build-electron.mjs) failed; its errors are above.');
  }
  const electron = await prepareElectron({});
  if (!electron.ok) fail(electron.message);

  const env = { ...process.env, NODE_ENV: plan.production ? 'production' : 'development' };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron.binary, ['.', ...plan.electronArgs], { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (!fs.existsSync(path.join(ROOT, 'node_modules'))) fail('node_modules is missing: run `npm install` first.');
  await main();
}
