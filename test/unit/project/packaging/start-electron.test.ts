// `npm start` on a first run: Electron 42+ installs no binary during `npm install`, so
// scripts/start.mjs downloads it with the electron package's own install.js (the real one here,
// from a mirror on loopback, through the real @electron/get), says so, stops with what to do
// when it cannot, and only then builds better-sqlite3 for Electron.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../../support/temp-dir.ts';
import { ROOT } from './packaging-project.ts';
import { INSTALLING_INSTALL_JS, OFFLINE_INSTALL_JS, REAL_ELECTRON, RECORDING_BINARY, standInElectronPackage, storedZip } from './stand-in-electron.ts';

type Result = { ok: true; binary: string; downloaded?: boolean } | { ok: false; message: string };
const binaryScript = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'electron-binary.mjs')).href)) as {
  ensureElectronBinary(options: { packageDir: string; env: Record<string, string | undefined>; log: (line: string) => void }): Result;
  electronCacheDir(env: Record<string, string | undefined>, platform: string, home: string): string;
};
const startScript = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'start.mjs')).href)) as {
  planStart(argv: string[]): { dev: boolean; production: boolean; electronArgs: string[] };
  prepareElectron(options: {
    root: string;
    env: Record<string, string | undefined>;
    log: (line: string) => void;
    sandbox: (options: { binary: string; root: string }) => string | null;
    native: (options: { root: string }) => Promise<{ ok: true } | { ok: false; message: string }>;
  }): Promise<Result>;
};

const tempDir = useTempDir('kiosk-start-');
const version = (JSON.parse(fs.readFileSync(path.join(REAL_ELECTRON, 'package.json'), 'utf8')) as { version: string }).version;
const baseEnv = () => {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of Object.keys(env)) if (/^(ELECTRON_|electron_|npm_config_electron|npm_package_config_electron)/i.test(name)) delete env[name];
  return env;
};

describe('the Electron binary on first use', () => {
  it('is downloaded through the package’s own install.js, with the mirror and cache passed on, and said so', () => {
    const project = tempDir();
    const packageDir = standInElectronPackage(project, INSTALLING_INSTALL_JS);
    const lines: string[] = [];
    const env = { ...baseEnv(), ELECTRON_MIRROR: 'https://mirror.example.invalid/electron/', electron_config_cache: path.join(project, 'cache') };
    const result = binaryScript.ensureElectronBinary({ packageDir, env, log: (line) => lines.push(line) });
    expect(result).toEqual({ ok: true, binary: path.join(packageDir, 'dist', 'electron'), downloaded: true });
    expect(JSON.parse(fs.readFileSync(path.join(packageDir, 'install-env.json'), 'utf8'))).toEqual({ mirror: env.ELECTRON_MIRROR, cache: env.electron_config_cache });
    expect(lines.join('\n')).toContain(`Electron ${version} is not downloaded yet`);
    expect(lines.join('\n')).toContain('from the mirror https://mirror.example.invalid/electron/');
    expect(lines.join('\n')).toContain(`cache: ${env.electron_config_cache}`);
    // A second start finds it and downloads nothing.
    const again = binaryScript.ensureElectronBinary({ packageDir, env, log: () => undefined });
    expect(again).toEqual({ ok: true, binary: path.join(packageDir, 'dist', 'electron'), downloaded: false });
  });

  it('offline: stops with what to do (mirror, unpacked zip, npm run serve), not a wrong guess about how it was installed', () => {
    const project = tempDir();
    const packageDir = standInElectronPackage(project, OFFLINE_INSTALL_JS);
    const silence = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const result = binaryScript.ensureElectronBinary({ packageDir, env: baseEnv(), log: () => undefined });
    silence.mockRestore();
    expect(result.ok).toBe(false);
    const message = (result as { message: string }).message;
    expect(message).toContain(`Electron ${version} could not be downloaded from GitHub`);
    expect(message).toContain('ELECTRON_MIRROR=');
    expect(message).toContain(`electron-v${version}-${process.platform}-${process.arch}.zip`);
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH=');
    expect(message).toContain('npm run serve');
    expect(message).not.toMatch(/SKIP_BINARY_DOWNLOAD|npm install electron/);
    expect(fs.existsSync(path.join(packageDir, 'path.txt'))).toBe(false);
  });

  it('ELECTRON_OVERRIDE_DIST_PATH without the executable in it is named, and nothing is downloaded', () => {
    const project = tempDir();
    const packageDir = standInElectronPackage(project, INSTALLING_INSTALL_JS);
    const result = binaryScript.ensureElectronBinary({ packageDir, env: { ...baseEnv(), ELECTRON_OVERRIDE_DIST_PATH: path.join(project, 'nowhere') }, log: () => undefined });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH is') });
    expect(fs.existsSync(path.join(packageDir, 'path.txt'))).toBe(false);
  });

  it.each([
    ['linux', { XDG_CACHE_HOME: '/x/cache' }, '/x/cache/electron'],
    ['linux', {}, '/home/k/.cache/electron'],
    ['win32', { LOCALAPPDATA: 'C:\\Users\\k\\AppData\\Local' }, path.join('C:\\Users\\k\\AppData\\Local', 'electron', 'Cache')],
    ['linux', { electron_config_cache: '/y' }, '/y'],
  ])('the cache folder on %s with %o is %s', (platform, env, expected) => {
    expect(binaryScript.electronCacheDir(env, platform, '/home/k')).toBe(expected);
  });
});

describe('the real electron package’s install.js against a mirror on loopback (ELECTRON_MIRROR)', () => {
  // The mirror runs in its own process: ensureElectronBinary waits for install.js synchronously.
  let mirrorProcess: ChildProcess;
  let mirror: string;
  let mirrorDir: string;
  const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;

  beforeAll(async () => {
    mirrorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-electron-mirror-'));
    const zip = storedZip([
      { name: 'electron', data: Buffer.from(RECORDING_BINARY), mode: 0o755 },
      { name: 'version', data: Buffer.from(version), mode: 0o644 },
    ]);
    fs.mkdirSync(path.join(mirrorDir, `v${version}`));
    fs.writeFileSync(path.join(mirrorDir, `v${version}`, zipName), zip);
    fs.writeFileSync(path.join(mirrorDir, `v${version}`, 'SHASUMS256.txt'), `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`);
    const serve = `
      const fs = require('fs'), path = require('path'), http = require('http');
      const root = process.argv[1];
      const server = http.createServer((req, res) => {
        fs.appendFileSync(path.join(root, 'requests.log'), req.url + '\\n');
        const file = path.join(root, decodeURIComponent(req.url));
        if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile()) res.end(fs.readFileSync(file));
        else res.writeHead(404).end();
      });
      server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;
    mirrorProcess = spawn(process.execPath, ['-e', serve, mirrorDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise<string>((resolve) => mirrorProcess.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
    mirror = `http://127.0.0.1:${port}/`;
  });
  afterAll(() => {
    mirrorProcess.kill();
    fs.rmSync(mirrorDir, { recursive: true, force: true });
  });

  it('downloads into the cache, unpacks, writes path.txt, and the binary runs', () => {
    const project = tempDir();
    const packageDir = path.join(project, 'node_modules', 'electron');
    fs.mkdirSync(packageDir, { recursive: true });
    for (const file of ['package.json', 'index.js', 'install.js', 'checksums.json']) fs.copyFileSync(path.join(REAL_ELECTRON, file), path.join(packageDir, file));
    // install.js resolves @electron/get (and its zip extractor) beside it, as in a real node_modules.
    for (const scope of ['@electron', '@electron-internal']) fs.symlinkSync(path.join(ROOT, 'node_modules', scope), path.join(project, 'node_modules', scope), 'dir');
    const cache = path.join(project, 'cache');
    // checksums.json holds the real zips' hashes: the stand-in zip is checked against the mirror's SHASUMS256.txt.
    const env = { ...baseEnv(), ELECTRON_MIRROR: mirror, electron_config_cache: cache, electron_use_remote_checksums: '1' };
    const lines: string[] = [];
    const result = binaryScript.ensureElectronBinary({ packageDir, env, log: (line) => lines.push(line) });
    expect(result, lines.join('\n')).toEqual({ ok: true, binary: path.join(packageDir, 'dist', 'electron'), downloaded: true });
    expect(fs.readFileSync(path.join(mirrorDir, 'requests.log'), 'utf8')).toContain(`/v${version}/${zipName}`);
    expect(fs.readdirSync(cache, { recursive: true }).map(String).some((f) => f.endsWith(zipName))).toBe(true);
    expect(fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8')).toBe('electron');
    expect(spawnSync((result as { binary: string }).binary, ['.', '--kiosk-test'], { encoding: 'utf8' }).stdout.trim()).toBe('stand-in electron . --kiosk-test');
    // index.js, which Electron's own CLI uses, now finds the same binary without downloading.
    const fromIndex = spawnSync(process.execPath, ['-p', `require(${JSON.stringify(path.join(packageDir, 'index.js'))})`], { encoding: 'utf8', env });
    expect(fromIndex.stdout.trim()).toBe(path.join(packageDir, 'dist', 'electron'));
  }, 60_000);
});

describe('npm start’s order: binary, sandbox, then better-sqlite3 for Electron', () => {
  it('builds the native module only once the binary is there and the sandbox can start', async () => {
    const root = tempDir();
    const packageDir = standInElectronPackage(root, INSTALLING_INSTALL_JS);
    const order: string[] = [];
    const result = await startScript.prepareElectron({
      root,
      env: baseEnv(),
      log: () => undefined,
      sandbox: ({ binary }) => {
        order.push(`sandbox ${path.relative(root, binary)}`);
        order.push(`binary present: ${fs.existsSync(binary)}`);
        return null;
      },
      native: async () => {
        order.push('native');
        return { ok: true };
      },
    });
    expect(result).toEqual({ ok: true, binary: path.join(packageDir, 'dist', 'electron') });
    expect(order).toEqual([`sandbox ${path.join('node_modules', 'electron', 'dist', 'electron')}`, 'binary present: true', 'native']);
  });

  it('builds nothing when the binary cannot be downloaded, or the sandbox could not start', async () => {
    const native = vi.fn(async () => ({ ok: true as const }));
    const offline = tempDir();
    standInElectronPackage(offline, OFFLINE_INSTALL_JS);
    const silence = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const first = await startScript.prepareElectron({ root: offline, env: baseEnv(), log: () => undefined, sandbox: () => null, native });
    silence.mockRestore();
    expect(first).toMatchObject({ ok: false, message: expect.stringContaining('could not be downloaded') });

    const restricted = tempDir();
    standInElectronPackage(restricted, INSTALLING_INSTALL_JS);
    const second = await startScript.prepareElectron({ root: restricted, env: baseEnv(), log: () => undefined, sandbox: () => 'no sandbox here', native });
    expect(second).toEqual({ ok: false, message: 'no sandbox here' });
    expect(native).not.toHaveBeenCalled();
  });

  it('a failed better-sqlite3 build says the kiosk needs it', async () => {
    const root = tempDir();
    standInElectronPackage(root, INSTALLING_INSTALL_JS);
    const result = await startScript.prepareElectron({
      root,
      env: baseEnv(),
      log: () => undefined,
      sandbox: () => null,
      native: async () => ({ ok: false, message: 'no compiler' }),
    });
    expect(result).toEqual({ ok: false, message: 'no compiler\nThe kiosk cannot open its database in Electron without it.' });
  });
});

describe('npm start and npm run start:dev', () => {
  it('npm start is the kiosk (production build); --dev (npm run start:dev) the developer window; other arguments go to Electron after the main process’s V8 flags', () => {
    expect(startScript.planStart([])).toEqual({ dev: false, production: true, electronArgs: ['--js-flags=--no-memory-reducer --single-threaded-gc --max-semi-space-size=3'] });
    expect(startScript.planStart(['--dev', '--enable-logging'])).toEqual({ dev: true, production: false, electronArgs: ['--js-flags=--no-memory-reducer --single-threaded-gc --max-semi-space-size=3', '--enable-logging'] });
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts.start).toBe('node scripts/start.mjs');
    expect(manifest.scripts['start:dev']).toBe('node scripts/start.mjs --dev');
  });
});

const nodeVersion = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'node-version.mjs')).href)) as {
  SUPPORTED_NODE: string;
  checkNodeVersion(version: string, command: string): { ok: true; note?: string } | { ok: false; message: string };
};

describe('the Node version npm start and npm run dist check first', () => {
  it.each([
    ['20.18.3', false],
    ['20.19.0', true],
    ['21.7.3', false],
    ['22.12.0', false],
    ['22.13.0', true],
    ['23.11.0', false],
    ['24.1.0', true],
  ])('Node %s: %s', (version, ok) => {
    const result = nodeVersion.checkNodeVersion(version, 'npm start');
    expect(result.ok).toBe(ok);
    if (!result.ok) {
      expect(result.message).toContain(`this is Node v${version}`);
      expect(result.message).toContain('Node 22 LTS (22.13 or newer) or Node 24 LTS, or Node 20.19 or newer');
    }
  });

  it('on Node 20.19+ it runs, with a note that Electron declares 22.12', () => {
    expect(nodeVersion.checkNodeVersion('20.20.2', 'npm start')).toEqual({ ok: true, note: expect.stringContaining('Electron 45 and its installer declare Node 22.12 or newer') });
    expect(nodeVersion.checkNodeVersion('22.13.0', 'npm start')).toEqual({ ok: true });
  });

  it('the Node running these tests is supported, and package.json "engines" says the same range', () => {
    expect(nodeVersion.checkNodeVersion(process.versions.node, 'npm test').ok).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(manifest.engines.node).toBe(nodeVersion.SUPPORTED_NODE);
  });

  it('the range is the installed tools’ own: each one’s engines field accepts its lowest versions', () => {
    const engines = (name: string) => (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    expect(engines('vite')).toBe('^20.19.0 || >=22.12.0');
    expect(engines('rolldown')).toBe('^20.19.0 || >=22.12.0');
    expect(engines('eslint')).toBe('^20.19.0 || ^22.13.0 || >=24');
    expect(engines('electron')).toBe('>= 22.12.0');
    expect(engines('@electron/get')).toBe('>=22.12.0');
  });
});

describe('npm start and npm run dist on a Node that is too old', () => {
  it.each([
    ['start.mjs', 'npm start needs Node 22 LTS'],
    ['dist.mjs', '[dist] npm run dist needs Node 22 LTS'],
  ])('%s stops first, with the versions that work, before building anything', (script, expected) => {
    // The scripts as npm runs them, on a Node that reports itself as 20.18.
    const olderNode = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.18.0"})';
    const run = spawnSync(process.execPath, ['--import', olderNode, path.join(ROOT, 'scripts', script)], { cwd: tempDir(), encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).toContain('this is Node v20.18.0');
    expect(run.stdout).toBe('');
  });
});
