import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMissing, installedDebianPackages, planFor } from '../../../../scripts/test-prerequisites/check.ts';
import type { Probes } from '../../../../scripts/test-prerequisites/check.ts';
import { DEBIAN_PREREQUISITES } from '../../../../scripts/test-prerequisites/manifest.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'test-prerequisites.ts');
const ALL_DEBIAN = DEBIAN_PREREQUISITES.map((p) => p.package);

const stanza = (name: string, status = 'install ok installed') => `Package: ${name}\nStatus: ${status}\nVersion: 1\n`;
const dpkgStatus = (...stanzas: string[]) => stanzas.join('\n');

describe('the test prerequisites check', () => {
  const tempDir = useTempDir('kiosk-prerequisites-');

  /** A folder of executables, as one entry of PATH. */
  function binFolder(...programs: string[]): string {
    const dir = tempDir();
    for (const program of programs) fs.writeFileSync(path.join(dir, program), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    return dir;
  }

  /** A project root whose tools/electronegativity is installed or not. */
  function projectRoot(electronegativityInstalled: boolean): string {
    const root = tempDir();
    const folder = path.join(root, 'tools', 'electronegativity');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ dependencies: { '@doyensec/electronegativity': '1.10.3' } }));
    if (electronegativityInstalled) {
      const installed = path.join(folder, 'node_modules', '@doyensec', 'electronegativity');
      fs.mkdirSync(installed, { recursive: true });
      fs.writeFileSync(path.join(installed, 'package.json'), '{"version":"1.10.3"}');
    }
    return root;
  }

  const everythingInstalled = () => dpkgStatus(...ALL_DEBIAN.map((name) => stanza(name)));

  it('finds nothing missing on a machine that has it all', () => {
    const probes: Probes = { root: projectRoot(true), pathDirs: [binFolder('chromium', 'socat', 'openssl', 'time', 'espeak-ng', 'taskset')], dpkgStatus: everythingInstalled(), isRoot: false };
    expect(findMissing(probes)).toEqual({ debian: [], npmFolders: [] });
    expect(planFor(findMissing(probes), probes)).toEqual({ action: 'none' });
  });

  it('finds what a fresh machine lacks: programs not on PATH, libraries and fonts dpkg does not have, the npm folder', () => {
    const probes: Probes = {
      root: projectRoot(false),
      pathDirs: [binFolder('openssl'), binFolder()],
      dpkgStatus: dpkgStatus(stanza('openssl'), stanza('chromium'), stanza('libudev1:amd64'), stanza('libusb-1.0-0', 'deinstall ok config-files')),
      isRoot: false,
    };
    const missing = findMissing(probes);
    // chromium is in dpkg's view but not on PATH; libusb was removed, its config files kept.
    expect(missing.debian.map((p) => p.package)).toEqual(['chromium', 'socat', 'time', 'libusb-1.0-0', 'espeak-ng', 'util-linux', 'fonts-noto-core']);
    expect(missing.npmFolders.map((p) => p.folder)).toEqual(['tools/electronegativity']);
  });

  it('reads dpkg’s status file: fully installed packages only, without the architecture', () => {
    const status = dpkgStatus(stanza('libudev1:amd64'), stanza('socat', 'install ok unpacked'), stanza('fonts-noto-core'), stanza('udev', 'deinstall ok config-files'));
    expect([...installedDebianPackages(status)]).toEqual(['libudev1', 'fonts-noto-core']);
  });

  it('as root with apt-get: apt-get update once, one apt-get install of what is missing, then the npm folder', () => {
    const probes: Probes = { root: projectRoot(false), pathDirs: [binFolder('apt-get', 'openssl')], dpkgStatus: dpkgStatus(stanza('openssl')), isRoot: true };
    expect(planFor(findMissing(probes), probes)).toEqual({
      action: 'install',
      commands: [
        { program: 'apt-get', args: ['update'] },
        { program: 'apt-get', args: ['install', '-y', '--no-install-recommends', 'chromium', 'socat', 'time', 'libusb-1.0-0', 'libudev1', 'espeak-ng', 'util-linux', 'fonts-noto-core'] },
        { program: 'npm', args: ['ci', '--prefix', 'tools/electronegativity', '--no-audit', '--no-fund', '--ignore-scripts'] },
      ],
    });
  });

  it('not as root: stops with the one command line to run, and installs nothing', () => {
    const probes: Probes = { root: projectRoot(false), pathDirs: [binFolder('apt-get', 'chromium', 'openssl')], dpkgStatus: dpkgStatus(stanza('chromium'), stanza('openssl')), isRoot: false };
    expect(planFor(findMissing(probes), probes)).toEqual({
      action: 'stop',
      commandLine:
        'sudo apt-get update && sudo apt-get install -y --no-install-recommends socat time libusb-1.0-0 libudev1 espeak-ng util-linux fonts-noto-core && npm ci --prefix tools/electronegativity --no-audit --no-fund --ignore-scripts',
    });
  });

  it('as root without apt-get: stops with the command line, without sudo', () => {
    const probes: Probes = { root: projectRoot(true), pathDirs: [binFolder('chromium', 'openssl', 'time', 'espeak-ng', 'taskset')], dpkgStatus: everythingInstalled(), isRoot: true };
    expect(planFor(findMissing(probes), probes)).toEqual({ action: 'stop', commandLine: 'apt-get update && apt-get install -y --no-install-recommends socat' });
  });

  it('installs a missing npm folder wherever npm is: it needs no privilege', () => {
    const probes: Probes = { root: projectRoot(false), pathDirs: [binFolder('chromium', 'socat', 'openssl', 'time', 'espeak-ng', 'taskset')], dpkgStatus: everythingInstalled(), isRoot: false };
    expect(planFor(findMissing(probes), probes)).toEqual({
      action: 'install',
      commands: [{ program: 'npm', args: ['ci', '--prefix', 'tools/electronegativity', '--no-audit', '--no-fund', '--ignore-scripts'] }],
    });
  });

  /** `npm test`'s first step, run for real with a PATH and a dpkg view that lack the tools. */
  function runScript(pathDirs: string[], status: string, extraEnv: Record<string, string> = {}) {
    const statusFile = path.join(tempDir(), 'status');
    fs.writeFileSync(statusFile, status);
    return spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...extraEnv, PATH: pathDirs.join(path.delimiter), TEST_PREREQUISITES_DPKG_STATUS: statusFile },
      timeout: 30_000,
    });
  }

  const asRoot = process.getuid?.() === 0;

  it('stops at once on a machine without the Debian packages or apt-get, naming what is missing and the one command', () => {
    const run = runScript([binFolder()], dpkgStatus(stanza('openssl')));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm test needs what this machine lacks:');
    expect(run.stderr).toContain('  - Debian package socat: virtual serial cables');
    const sudo = asRoot ? '' : 'sudo ';
    expect(run.stderr).toContain(`${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${ALL_DEBIAN.join(' ')}`);
  });

  it('as root, runs apt-get update then apt-get install, and fails if the packages are still missing after it', () => {
    const log = path.join(tempDir(), 'apt-get.log');
    const bin = tempDir();
    fs.writeFileSync(path.join(bin, 'apt-get'), `#!/bin/sh\necho "$DEBIAN_FRONTEND $*" >> '${log}'\n`, { mode: 0o755 });
    // Where tools/electronegativity is not installed yet (vitest run by hand on a new checkout), the
    // script runs npm for it after apt-get: a stand-in that installs nothing either.
    fs.writeFileSync(path.join(bin, 'npm'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const run = runScript([bin], '');
    if (!asRoot) {
      expect(run.status).toBe(1);
      expect(fs.existsSync(log)).toBe(false);
      return;
    }
    expect(run.status, run.stderr).toBe(1);
    expect(fs.readFileSync(log, 'utf8').split('\n')).toEqual([
      'noninteractive update',
      `noninteractive install -y --no-install-recommends ${ALL_DEBIAN.join(' ')}`,
      '',
    ]);
    expect(run.stderr).toContain('Still missing after the install:');
  });
});
