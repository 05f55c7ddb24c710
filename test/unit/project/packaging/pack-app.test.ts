// electron-builder itself packages the kiosk here, with the real electron-builder.yml and
// afterPack hook, over a stand-in Electron (tests/unit/packaging/packaging-project.ts): the
// unpacked Linux app and the deb's fpm arguments (fpm itself is not run). What a real
// `npm run dist` adds on a machine with internet is Electron's real binary and the
// installers' own tools (appimagetool, fpm, NSIS).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as ElectronBuilderModule from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronSqliteBinding } from '../../../../electron/app/kiosk-paths.ts';
import { SLIP_FONT_FILES } from '../../../../electron/printer/slip-fonts.ts';
import { updaterForInstallKind } from '../../../../electron/app/updater-class.ts';
import { detectInstallKind } from '../../../../electron/app/updater.ts';
import { MAIN_PROCESS_ELECTRON_SWITCH } from '../../../../scripts/main-process-flags.mjs';
import { fuseWire, NODE_SQLITE_ADDON, preparePackagingProject, requireFromRoot, ROOT } from './packaging-project.ts';
import type { PackagingProject } from './packaging-project.ts';

type ElectronBuilder = typeof ElectronBuilderModule;

interface Asar {
  listPackage(file: string, options?: unknown): string[];
  extractFile(archive: string, file: string): Buffer;
}

const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fake-electron-runner.ts');
let project: PackagingProject;
let appOut: string;
let fpmArgs: string[] = [];
let appImageDesktopEntry = '';
const rendered: Record<string, string> = {};
let packMs = 0;

beforeAll(async () => {
  project = await preparePackagingProject();
  const builder = requireFromRoot('electron-builder') as ElectronBuilder;
  const cwd = process.cwd();
  process.chdir(project.project);
  const started = Date.now();
  try {
    await builder.build({
      projectDir: project.project,
      targets: builder.Platform.LINUX.createTarget(['dir', 'deb', 'appimage'], builder.Arch.x64),
      publish: 'never',
      config: {
        electronDist: project.electronDist,
        electronVersion: '45.5.0',
        directories: { output: project.release, buildResources: 'build' },
      },
      // Called with the deb's fpm arguments just before fpm would run, and with the AppImage's
      // desktop entry before its runtime would be downloaded; true skips both.
      effectiveOptionComputed: async (options: unknown) => {
        if (options !== null && typeof options === 'object' && 'desktop' in options) appImageDesktopEntry = String(options.desktop);
        if (Array.isArray(options) && Array.isArray(options[0])) {
          fpmArgs = options[0] as string[];
          for (const flag of ['--after-install', '--after-remove']) {
            const file = fpmArgs[fpmArgs.indexOf(flag) + 1];
            if (file) rendered[flag] = fs.readFileSync(file, 'utf8');
          }
        }
        return true;
      },
    });
  } finally {
    process.chdir(cwd);
  }
  packMs = Date.now() - started;
  appOut = path.join(project.release, 'linux-unpacked');
}, 180_000);

// Removing the copied node_modules takes a while on a busy machine.
afterAll(() => project?.remove(), 180_000);

describe('the packaged Linux app (electron-builder --dir, stand-in Electron)', () => {
  it('is the executable named receipt-kiosk, with app.asar and no loose app folder', () => {
    expect(fs.existsSync(path.join(appOut, 'receipt-kiosk'))).toBe(true);
    expect(fs.existsSync(path.join(appOut, 'resources', 'app.asar'))).toBe(true);
    expect(fs.existsSync(path.join(appOut, 'resources', 'app'))).toBe(false);
    console.log(`packaging: ${packMs} ms, app.asar ${(fs.statSync(path.join(appOut, 'resources', 'app.asar')).size / 1e6).toFixed(1)} MB`);
  });

  it('has the Electron fuses flipped by the afterPack hook (Electron 45 wire: 9 fuses, the ninth left alone)', () => {
    // RunAsNode, CookieEncryption, NODE_OPTIONS, --inspect, asar integrity, only asar, V8 snapshot, file: privileges, (WasmTrapHandlers)
    expect(fuseWire(path.join(appOut, 'receipt-kiosk'))).toBe('010011001');
  });

  it('carries better-sqlite3 built for Electron where the main process looks for it', () => {
    const packaged = electronSqliteBinding({ appPath: path.join(appOut, 'resources', 'app.asar'), resourcesPath: path.join(appOut, 'resources'), isPackaged: true });
    expect(fs.readFileSync(packaged).equals(fs.readFileSync(NODE_SQLITE_ADDON))).toBe(true);
  });

  // Extracts the asar and starts its main process in Node: 10 s alone on a loaded machine, over 20 s beside other tests.
  it('starts from what was packed alone: the asar’s main process opens its database through resources/native and loads the kiosk page', () => {
    const asar = requireFromRoot('@electron/asar') as Asar & { extractAll(archive: string, dest: string): void };
    const extracted = path.join(project.dir, 'extracted-app');
    asar.extractAll(path.join(appOut, 'resources', 'app.asar'), extracted);
    // Nothing of the project may leak in: node_modules is resolved from the extracted app only.
    expect(fs.existsSync(path.join(extracted, 'node_modules', 'better-sqlite3', 'lib', 'index.js'))).toBe(true);
    const userData = fs.mkdtempSync(path.join(project.dir, 'userdata-'));
    // Started as its desktop entry starts it, with the main process's V8 flags (else it starts itself again with them).
    const options = { appPath: extracted, userData, resourcesPath: path.join(appOut, 'resources'), isPackaged: true, args: [MAIN_PROCESS_ELECTRON_SWITCH] };
    const result = spawnSync(process.execPath, ['--import', 'tsx', RUNNER, path.join(extracted, 'dist-electron', 'main.cjs'), JSON.stringify(options)], {
      cwd: ROOT, // for `--import tsx`; the app resolves its own modules from where it was extracted
      encoding: 'utf8',
      env: { ...process.env, KIOSK_LOG: 'silent' },
      timeout: 60_000,
    });
    const last = result.stdout.trim().split('\n').at(-1) ?? '';
    if (!last.startsWith('{')) throw new Error(`the packaged main process did not report:\n${result.stdout}\n${result.stderr}`);
    const report = JSON.parse(last) as Record<string, unknown>;
    expect(report, result.stderr).toMatchObject({ kioskInfo: { ok: true, result: { demo: true } } });
    expect(report.calls).toContain('loadURL kiosk://app/index.html');
    expect(fs.existsSync(path.join(userData, 'kiosk.db'))).toBe(true);
  }, 90_000);

  it('puts the UI, the production main process, the preload and the demo data in app.asar, and nothing of the sources or tests', () => {
    const asar = requireFromRoot('@electron/asar') as Asar;
    const archive = path.join(appOut, 'resources', 'app.asar');
    const files = asar.listPackage(archive).map((f) => f.replaceAll('\\', '/'));
    for (const file of ['/package.json', '/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/dist-electron/feed-worker.cjs', '/dist-electron/speech-helper.cjs', '/dist/renderer/index.html', '/assets/demo/dossiers.json', '/assets/demo/procedures.json']) {
      expect(files).toContain(file);
    }
    const own = files.filter((f) => !f.startsWith('/node_modules/'));
    expect(own.filter((f) => /^\/(electron|shared|test|renderer|scripts|build|tools|docs)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const main = asar.extractFile(archive, 'dist-electron/main.cjs').toString('utf8');
    expect(main).not.toContain('sourceMappingURL');
    // Built with --production: NODE_ENV is baked in, so the packaged kiosk is a production kiosk.
    expect(main).toContain('NODE_ENV: "production"');
    // The scanner addons load with require() from inside the asar (Electron's ES module loader has
    // had regressions there): no dynamic import() is left in the main process (JSDoc types aside).
    expect(main.match(/(?<![{`\w$.])import\(/g) ?? []).toEqual([]);
    expect(main).toContain('requirePackage("node-hid")');
    expect(main).toContain('requirePackage("serialport")');
    const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { main: string };
    expect(manifest.main).toBe('dist-electron/main.cjs');
  });

  it('brings the runtime dependencies the bundle leaves out, and leaves out what only the UI bundle or the CLI needs', () => {
    const asar = requireFromRoot('@electron/asar') as Asar;
    const files = asar.listPackage(path.join(appOut, 'resources', 'app.asar')).map((f) => f.replaceAll('\\', '/'));
    const packages = new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/').slice(2, f.split('/')[2]!.startsWith('@') ? 4 : 3).join('/')));
    for (const needed of ['better-sqlite3', 'bindings', 'node-hid', 'serialport', '@serialport/bindings-cpp', 'electron-updater', 'pino']) {
      expect(packages, needed).toContain(needed);
    }
    for (const unneeded of ['react', 'react-dom', 'tsx', 'esbuild', 'electron', 'electron-builder', 'vite', 'vitest', 'typescript', '@doyensec/electronegativity']) {
      expect(packages, unneeded).not.toContain(unneeded);
    }
    // The receipt slip's fonts, read by the main process (electron/printer/slip-fonts.ts), and only those of @fontsource.
    for (const font of [...SLIP_FONT_FILES, 'node_modules/@fontsource/noto-sans/package.json']) expect(files, font).toContain(`/${font}`);
    expect(files.filter((f) => f.startsWith('/node_modules/@fontsource/') && /\.woff2?$/.test(f))).toHaveLength(SLIP_FONT_FILES.length);
    expect(packages).toContain('@resvg/resvg-js');
    // better-sqlite3's Node build and sources stay behind: the Electron build is in resources/native.
    expect(files.filter((f) => /^\/node_modules\/better-sqlite3\/(build|deps|src)\//.test(f))).toEqual([]);
  });

  it('unpacks every native addon from the asar (Electron cannot dlopen inside it)', () => {
    const asar = requireFromRoot('@electron/asar') as Asar;
    const archive = path.join(appOut, 'resources', 'app.asar');
    const inside = asar.listPackage(archive).filter((f) => f.endsWith('.node'));
    expect(inside.length).toBeGreaterThan(0);
    for (const file of inside) expect(fs.existsSync(path.join(`${archive}.unpacked`, file)), file).toBe(true);
    const unpacked = fs.readdirSync(`${archive}.unpacked`, { recursive: true }).map(String);
    expect(unpacked.some((f) => f.includes('node-hid') && f.endsWith('.node'))).toBe(true);
    expect(unpacked.some((f) => f.includes('bindings-cpp') && f.endsWith('.node'))).toBe(true);
  });

  it('writes the update metadata for the generic provider (the feed URL itself comes from settings)', () => {
    const updateYml = fs.readFileSync(path.join(appOut, 'resources', 'app-update.yml'), 'utf8');
    expect(updateYml).toMatch(/provider: generic/);
  });
});

describe('the AppImage (its desktop entry; the runtime is not downloaded here) and the deb made from the same linux-unpacked', () => {
  it('starts the kiosk with its sandbox (no --no-sandbox in the desktop entry) and its main process’s V8 flags', () => {
    expect(appImageDesktopEntry).toMatch(/^Exec=AppRun "--js-flags=--no-memory-reducer --single-threaded-gc --max-semi-space-size=3" %U$/m);
    expect(appImageDesktopEntry).not.toContain('--no-sandbox');
  });

  it('the deb target marks linux-unpacked as a deb, yet the AppImage made from it updates as an AppImage', () => {
    const resources = path.join(appOut, 'resources');
    expect(fs.readFileSync(path.join(resources, 'package-type'), 'utf8')).toBe('deb');
    const inAppImage = detectInstallKind({ platform: 'linux', isPackaged: true, appImage: '/home/kiosk/Applications/receipt-kiosk-x86_64.AppImage', resourcesPath: resources });
    expect(inAppImage).toBe('appimage');
    const picked: string[] = [];
    const record = (name: string) => class { constructor() { picked.push(name); } } as never;
    updaterForInstallKind(inAppImage, { AppImageUpdater: record('AppImageUpdater'), DebUpdater: record('DebUpdater'), NsisUpdater: record('NsisUpdater') });
    expect(picked).toEqual(['AppImageUpdater']);
  });
});

describe('the deb (fpm arguments; fpm is not run here)', () => {
  it('is the kiosk package for Ubuntu 24.04: it ships and installs an AppArmor profile that lets its Electron use user namespaces', () => {
    const profile = fs.readFileSync(path.join(appOut, 'resources', 'apparmor-profile'), 'utf8');
    expect(profile).toContain('profile "receipt-kiosk" "/opt/Receipt Kiosk/receipt-kiosk" flags=(unconfined)');
    expect(profile).toMatch(/^\s*userns,$/m);
    const postinst = rendered['--after-install'] ?? '';
    expect(postinst).toContain("APPARMOR_PROFILE_SOURCE='/opt/Receipt Kiosk/resources/apparmor-profile'");
    expect(postinst).toContain("APPARMOR_PROFILE_TARGET='/etc/apparmor.d/receipt-kiosk'");
    expect(postinst).toContain('apparmor_parser --replace --write-cache --skip-read-cache "$APPARMOR_PROFILE_TARGET"');
  });

  it('installs the scanners udev rule and the login autostart entry', () => {
    expect(fpmArgs).toContain('build/udev/60-kiosk-scanners.rules=/lib/udev/rules.d/60-kiosk-scanners.rules');
    expect(fpmArgs).toContain('build/linux/receipt-kiosk-autostart.desktop=/etc/xdg/autostart/receipt-kiosk.desktop');
    expect(fpmArgs.some((a) => a.endsWith('=/opt/Receipt Kiosk'))).toBe(true);
    expect(fpmArgs).toContain('receipt-kiosk');
  });

  it('renders the postinst with the real paths, and it reloads udev', () => {
    const postinst = rendered['--after-install'] ?? '';
    expect(postinst).toContain("ln -sf '/opt/Receipt Kiosk/receipt-kiosk' '/usr/bin/receipt-kiosk'");
    expect(postinst).toContain('udevadm control --reload-rules');
    expect(postinst).not.toMatch(/\$\{[A-Za-z]+\}/);
    expect(rendered['--after-remove']).toContain("update-alternatives --remove 'receipt-kiosk' '/opt/Receipt Kiosk/receipt-kiosk'");
  });

  it('has the postinst say how to get the first technician PIN’s setup code', () => {
    const postinst = rendered['--after-install'] ?? '';
    expect(postinst).toContain('echo "    receipt-kiosk config reset-pin"');
    expect(postinst).toContain('receipt-kiosk --ozone-platform=headless --disable-gpu config reset-pin');
  });
});
