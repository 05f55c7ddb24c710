// `npm run dist`: the installers, on a machine with internet access (Electron's binary and,
// for better-sqlite3, Electron's headers or a prebuilt binary are downloaded once).
//   npm run dist                 installers for this OS (Linux: AppImage + deb; Windows: NSIS)
//   npm run dist -- --dir        only the unpacked app (release/<os>-unpacked), no installer
// Steps, each stopping the run when it fails:
//   1. the UI (vite build → dist/renderer)
//   2. the main process and preload, production (dist-electron, NODE_ENV=production)
//   3. better-sqlite3 for Electron's ABI (scripts/electron-native.mjs → build/native/electron);
//      never part of `npm install`, and node_modules keeps the Node build the tests use
//   4. electron-builder with electron-builder.yml (fuses in scripts/after-pack.mjs)
//   5. Linux installers: beside the AppImage, the files its first run needs and it cannot
//      install itself (AppArmor profile, udev rule, autostart entry; docs/packaging-and-updates.md, "First run")
// Native modules are built for the OS they run on: build the Windows installer on Windows.
// Node: as `npm start` (scripts/node-version.mjs), checked before anything else.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkNodeVersion } from './node-version.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_FLAGS = { '--linux': 'linux', '--win': 'win32' };

/**
 * What `npm run dist <argv>` will do on `platform`, or why it cannot. Pure, for the tests.
 * @returns {{ ok: true, target: string, steps: string[], builderArgs: string[] } | { ok: false, message: string }}
 */
export function planDist(argv, platform = process.platform) {
  const unknown = argv.filter((arg) => !(arg in TARGET_FLAGS) && arg !== '--dir');
  if (unknown.length > 0) return { ok: false, message: `Unknown option ${unknown.join(' ')}. Use --linux, --win and/or --dir.` };
  const asked = [...new Set(argv.filter((arg) => arg in TARGET_FLAGS).map((arg) => TARGET_FLAGS[arg]))];
  if (asked.length > 1) return { ok: false, message: 'One platform per run: the native module is built for the OS it runs on.' };
  const target = asked[0] ?? platform;
  if (target !== 'linux' && target !== 'win32') {
    return { ok: false, message: `The kiosk is packaged for Linux and Windows, not ${target}.` };
  }
  if (target !== platform) {
    return {
      ok: false,
      message: `better-sqlite3 must be built for Electron on ${target} itself: run \`npm run dist\` on a ${target === 'win32' ? 'Windows' : 'Linux'} machine.`,
    };
  }
  const builderArgs = ['--config', 'electron-builder.yml', '--publish', 'never', target === 'win32' ? '--win' : '--linux'];
  const dir = argv.includes('--dir');
  if (dir) builderArgs.push('--dir');
  const steps = ['renderer', 'main', 'native', 'package'];
  if (target === 'linux' && !dir) steps.push('appImageCompanions');
  return { ok: true, target, steps, builderArgs };
}

/** What an AppImage kiosk's first run needs beside the AppImage (it cannot install these itself). */
export const APPIMAGE_COMPANIONS = [
  'build/linux/apparmor/receipt-kiosk-appimage',
  'build/udev/60-kiosk-scanners.rules',
  'build/linux/receipt-kiosk-autostart.desktop',
];

/** Copies APPIMAGE_COMPANIONS from the project into the release folder. */
export function copyAppImageCompanions(root, release) {
  fs.mkdirSync(release, { recursive: true });
  for (const file of APPIMAGE_COMPANIONS) fs.copyFileSync(path.join(root, file), path.join(release, path.basename(file)));
  return true;
}

function runNode(args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  return result.status === 0;
}

/** The real steps; each resolves to true when it succeeded. */
export const defaultSteps = {
  renderer: async () => runNode([path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']),
  main: async () => {
    const { buildElectron } = await import('./build-electron.mjs');
    await buildElectron({ production: true });
    return true;
  },
  native: async () => {
    const { ensureElectronSqlite } = await import('./electron-native.mjs');
    const result = await ensureElectronSqlite({ root: ROOT });
    if (!result.ok) console.error(`[dist] ${result.message}`);
    return result.ok;
  },
  package: async (builderArgs) => {
    const cli = path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
    if (!fs.existsSync(cli)) {
      console.error('[dist] electron-builder is not installed (npm install).');
      return false;
    }
    return runNode([cli, ...builderArgs]);
  },
  appImageCompanions: async () => copyAppImageCompanions(ROOT, path.join(ROOT, 'release')),
};

/** Runs the plan's steps in order; resolves to the exit status. */
export async function runDist(argv, { steps = defaultSteps, platform = process.platform, log = console.log } = {}) {
  const plan = planDist(argv, platform);
  if (!plan.ok) {
    console.error(`[dist] ${plan.message}`);
    return 2;
  }
  for (const name of plan.steps) {
    log(`[dist] ${name}`);
    let ok;
    try {
      ok = await steps[name](plan.builderArgs);
    } catch (error) {
      console.error(`[dist] ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      ok = false;
    }
    if (!ok) {
      console.error(`[dist] stopped: the ${name} step failed.`);
      return 1;
    }
  }
  log(`[dist] done: see ${path.join('release')}/`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const node = checkNodeVersion(process.versions.node, 'npm run dist');
  if (!node.ok) {
    console.error(`[dist] ${node.message}`);
    process.exit(1);
  }
  if (node.note) console.warn(`[dist] ${node.note}`);
  process.chdir(ROOT);
  process.exitCode = await runDist(process.argv.slice(2));
}
