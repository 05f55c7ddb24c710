// electron-builder.yml and the files it points at, checked without packaging anything.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronSqliteBinding } from '../../../../electron/app/kiosk-paths.ts';
import { SLIP_FONT_FILES } from '../../../../electron/printer/slip-fonts.ts';
import { MAIN_PROCESS_ELECTRON_SWITCH, MAIN_PROCESS_ELECTRON_SWITCH_QUOTED, MAIN_PROCESS_V8_FLAGS } from '../../../../scripts/main-process-flags.mjs';
import { builderConfig, requireFromRoot, ROOT } from './packaging-project.ts';

type Config = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const config = builderConfig() as Config;
const file = (relative: string) => path.join(ROOT, relative);

describe('electron-builder.yml', () => {
  it('is a valid configuration for the installed electron-builder', async () => {
    const { validateConfiguration } = requireFromRoot('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = requireFromRoot('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('targets Linux with an AppImage and a deb, and Windows with a per-user NSIS installer (updates need no UAC prompt)', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ perMachine: false, oneClick: true, runAfterFinish: true });
    expect(config.nsis.allowElevation).toBeUndefined();
    expect(config.executableName).toBe('receipt-kiosk');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('makes the deb depend on libusb-1.0-0 (node-hid) and espeak-ng (read-aloud) on top of electron-builder’s own dependencies', () => {
    const FpmTarget = (requireFromRoot('app-builder-lib/out/targets/FpmTarget.js') as { default: { prototype: { getDefaultDepends(target: string): string[] } } }).default;
    const defaults = FpmTarget.prototype.getDefaultDepends('deb');
    expect(config.deb.depends).toEqual([...defaults, 'libusb-1.0-0', 'espeak-ng']);
  });

  it('installs the scanners udev rule (build/udev, written with the scanner code) and an XDG autostart entry', () => {
    const mappings = Object.fromEntries((config.deb.fpm as string[]).map((pair) => pair.split('=') as [string, string]));
    expect(mappings['build/udev/60-kiosk-scanners.rules']).toBe('/lib/udev/rules.d/60-kiosk-scanners.rules');
    expect(mappings['build/linux/receipt-kiosk-autostart.desktop']).toBe('/etc/xdg/autostart/receipt-kiosk.desktop');
    for (const source of Object.keys(mappings)) {
      if (!source.startsWith('build/udev/')) expect(fs.existsSync(file(source)), source).toBe(true);
    }
  });

  it('every launcher of the packaged kiosk gives its main process the V8 flags, which it reads only at start', () => {
    expect(MAIN_PROCESS_ELECTRON_SWITCH).toBe('--js-flags=--no-memory-reducer --single-threaded-gc --max-semi-space-size=3');
    // Written into the desktop entries' Exec as they are: quoted, or the second flag would be an argument of its own.
    expect(config.linux.executableArgs).toEqual([MAIN_PROCESS_ELECTRON_SWITCH_QUOTED]);
    expect(config.appImage.executableArgs).toEqual([MAIN_PROCESS_ELECTRON_SWITCH_QUOTED]);
    const manifest = JSON.parse(fs.readFileSync(file('package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts.serve).toBe(`node ${MAIN_PROCESS_V8_FLAGS.join(' ')} bin/serve.mjs`);
  });

  it('starts the kiosk at every graphical login through a valid desktop entry', () => {
    const entry = fs.readFileSync(file('build/linux/receipt-kiosk-autostart.desktop'), 'utf8');
    const lines = entry.trim().split('\n');
    expect(lines[0]).toBe('[Desktop Entry]');
    const keys = Object.fromEntries(lines.slice(1).map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]));
    expect(keys).toMatchObject({ Type: 'Application', Exec: `/usr/bin/${config.executableName} ${MAIN_PROCESS_ELECTRON_SWITCH_QUOTED}`, Terminal: 'false', 'X-GNOME-Autostart-enabled': 'true' });
    expect(keys.Name).toBeTruthy();
  });

  it('has postinst/postrm scripts that are valid bash and use only the macros electron-builder fills in', () => {
    for (const script of [config.deb.afterInstall, config.deb.afterRemove] as string[]) {
      const text = fs.readFileSync(file(script), 'utf8');
      const macros = new Set([...text.matchAll(/\$\{([a-zA-Z]+)\}/g)].map((m) => m[1]));
      expect([...macros].sort(), script).toEqual(['executable', 'sanitizedProductName']);
      const check = spawnSync('bash', ['-n', file(script)], { encoding: 'utf8' });
      expect(check.status, check.stderr).toBe(0);
    }
    expect(fs.readFileSync(file(config.deb.afterInstall), 'utf8')).toContain('udevadm control --reload-rules');
  });

  it('starts the Windows kiosk at the kiosk account’s login (its own Run key, no admin needed), and the uninstaller undoes it', () => {
    const nsh = fs.readFileSync(file(config.nsis.include), 'utf8');
    expect(nsh).toMatch(/!macro customInstall[\s\S]*WriteRegStr HKCU "Software\\Microsoft\\Windows\\CurrentVersion\\Run" "ReceiptKiosk"[\s\S]*!macroend/);
    expect(nsh).toMatch(/!macro customUnInstall[\s\S]*DeleteRegValue HKCU "Software\\Microsoft\\Windows\\CurrentVersion\\Run" "ReceiptKiosk"[\s\S]*!macroend/);
    expect(nsh).not.toContain('HKLM');
    expect(nsh).toContain(`'"$INSTDIR\\\${APP_EXECUTABLE_FILENAME}" ${MAIN_PROCESS_ELECTRON_SWITCH_QUOTED}'`);
  });

  it('builds the AppImage with the static runtime (no libfuse2), never with --no-sandbox, under a name without the version', () => {
    expect(config.toolsets).toEqual({ appimage: '1.0.3' });
    expect(config.appImage.executableArgs).toEqual([MAIN_PROCESS_ELECTRON_SWITCH_QUOTED]);
    expect(config.appImage.artifactName).toBe('receipt-kiosk-${arch}.${ext}');
    // The static runtime is a toolset this electron-builder knows (and the legacy one is the FUSE2 runtime).
    const linuxToolsets = requireFromRoot('app-builder-lib/out/toolsets/linux.js') as { appimageChecksums: Record<string, Record<string, string>> };
    expect(Object.keys(linuxToolsets.appimageChecksums)).toContain(config.toolsets.appimage);
  });

  it('keeps the app in an asar with every native addon unpacked, and ships the Electron build of better-sqlite3 where the main process looks', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.extraResources).toEqual([{ from: 'build/native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' }]);
    const packaged = electronSqliteBinding({ appPath: '/opt/k/resources/app.asar', resourcesPath: '/opt/k/resources', isPackaged: true });
    expect(path.relative('/opt/k/resources', packaged).split(path.sep).join('/')).toBe(config.extraResources[0].to);
  });

  it('never rebuilds native modules itself: that is a separate step of npm run dist', () => {
    expect(config).toMatchObject({ npmRebuild: false, nodeGypRebuild: false, buildDependenciesFromSource: false });
  });

  it('flips the fuses in the afterPack hook, not through electron-builder’s own electronFuses', () => {
    expect(config.afterPack).toBe('scripts/after-pack.mjs');
    expect(fs.existsSync(file(config.afterPack))).toBe(true);
    expect(config.electronFuses).toBeUndefined();
  });

  it('packs the built UI, the bundled main process and preload, and the demo data, without source maps', () => {
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/renderer/**', 'dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist-electron/feed-worker.cjs', 'dist-electron/speech-helper.cjs', 'assets/**', '!**/*.map']));
    expect(config.extraMetadata.main).toBe(JSON.parse(fs.readFileSync(file('package.json'), 'utf8')).main);
  });

  it('publishes update metadata for electron-updater’s generic provider', () => {
    expect(config.publish).toMatchObject({ provider: 'generic', channel: 'latest' });
  });

  it('has the icon in build/ (512x512 PNG)', () => {
    const png = fs.readFileSync(file('build/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(file('package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };

  it('builds nothing for Electron during npm install (no install hooks, no install-app-deps)', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[hook], hook).toBeUndefined();
    expect(Object.values(pkg.scripts).join('\n')).not.toMatch(/install-app-deps|electron-rebuild|electron-native/);
  });

  it('has `npm run dist` (and per-platform variants) running scripts/dist.mjs', () => {
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs');
    expect(pkg.scripts['dist:linux']).toBe('node scripts/dist.mjs --linux');
    expect(pkg.scripts['dist:win']).toBe('node scripts/dist.mjs --win');
  });

  it('has electron-updater as a runtime dependency', () => {
    expect(pkg.dependencies['electron-updater']).toBeDefined();
  });
});

describe('electron-builder.yml: the receipt slip’s fonts', () => {
  /** What electron-builder copies of node_modules: everything, less the `!` patterns of `files` (its getNodeModuleFileMatcher). */
  const packedModuleFile = (() => {
    const { FileMatcher } = requireFromRoot('app-builder-lib/out/fileMatcher.js') as {
      FileMatcher: new (from: string, to: string, expand: (s: string) => string, patterns: string[]) => { createFilter(): (file: string, stat: fs.Stats) => boolean };
    };
    const excludes = (config.files as unknown[]).filter((p): p is string => typeof p === 'string' && p.startsWith('!'));
    const filter = new FileMatcher(ROOT, '/out', (s) => s, ['**/*', ...excludes]).createFilter();
    return (relative: string) => filter(file(relative), fs.statSync(file(relative)));
  })();

  it('packs the Noto Sans files the slip renderer reads (and the manifest it resolves them by), not the other subsets', () => {
    expect(SLIP_FONT_FILES).toHaveLength(4);
    for (const font of [...SLIP_FONT_FILES, 'node_modules/@fontsource/noto-sans/package.json']) expect(packedModuleFile(font), font).toBe(true);
    const directory = 'node_modules/@fontsource/noto-sans/files';
    const others = fs.readdirSync(file(directory)).map((name) => `${directory}/${name}`).filter((font) => !SLIP_FONT_FILES.includes(font));
    expect(others.length).toBeGreaterThan(200);
    expect(others.filter(packedModuleFile)).toEqual([]);
    expect(packedModuleFile('node_modules/react/package.json')).toBe(false);
  });
});
