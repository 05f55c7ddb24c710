import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_PROGRAMS, DEBIAN_PREREQUISITES } from '../../../../scripts/test-prerequisites/manifest.ts';
import { sourceFiles, spawnSitesIn } from '../../../support/spawned-programs.ts';
import type { SpawnSite } from '../../../support/spawned-programs.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');
/** The tests, their support, and the code they run (the host, its commands, the configs). */
const SCANNED = ['test', 'electron', 'bin', 'playwright.config.ts', 'vitest.config.ts', 'vite.config.ts'];
/** This file: its samples of code that starts programs are not the tests'. */
const SAMPLES = path.join(import.meta.dirname, 'spawned-programs.test.ts');
/** Files that start, by a computed path, only programs they write themselves, or the kiosk's own executable. */
const STARTS_ITS_OWN_PROGRAMS = new Map([
  ['test/unit/project/packaging/start-electron.test.ts', 'a stand-in Electron binary the test writes'],
  ['electron/app/main-process-flags-relaunch.ts', 'the kiosk’s own AppImage ($APPIMAGE), started again with its V8 flags; never in a test'],
]);
const PROVIDED = new Set([...BASE_PROGRAMS, ...DEBIAN_PREREQUISITES.flatMap((p) => p.programs)]);

const where = (s: SpawnSite) => `${path.relative(ROOT, s.file)}:${s.line} (${s.argument})`;

function scanProject(): SpawnSite[] {
  return sourceFiles(ROOT, SCANNED)
    .filter((file) => file !== SAMPLES)
    .flatMap((file) => spawnSitesIn(file, fs.readFileSync(file, 'utf8')));
}

describe('every program the tests start is a test prerequisite', () => {
  it('names each program it starts so it can be checked', () => {
    const sites = scanProject();
    const unnamed = sites.filter((s) => s.program === null && !STARTS_ITS_OWN_PROGRAMS.has(path.relative(ROOT, s.file)));
    expect(unnamed.map(where), 'write the program as a literal or a const holding one').toEqual([]);
    // The scan sees at least the programs it must: Chromium, socat, openssl, bash, node.
    expect(sites.map((s) => s.program)).toEqual(expect.arrayContaining(['chromium', 'socat', 'openssl', 'bash', 'node']));
  });

  it('has each of them in scripts/test-prerequisites/manifest.ts', () => {
    const uncovered = scanProject().filter((s) => s.program !== null && !PROVIDED.has(s.program));
    expect(uncovered.map(where), 'add the Debian package that provides it to scripts/test-prerequisites/manifest.ts').toEqual([]);
  });

  it('catches a program started under any of child_process’s names, and a computed one', () => {
    const source = [
      "import { execFileSync, spawn as run } from 'node:child_process';",
      "import * as cp from 'child_process';",
      "const ESPEAK = '/usr/bin/espeak-ng';",
      "run(ESPEAK, ['-w', 'out.wav']);",
      "execFileSync('sox', ['in.wav', 'out.ogg']);",
      "cp.execSync('udevadm info -e');",
      'cp.spawn(pickTool(), []);',
      "const parts = CODE.exec('x');",
    ].join('\n');
    expect(spawnSitesIn('sample.ts', source).map((s) => [s.line, s.program])).toEqual([
      [4, 'espeak-ng'],
      [5, 'sox'],
      [6, 'udevadm'],
      [7, null],
    ]);
  });

  it('.ci/run names every Debian package of the manifest', () => {
    const ciRun = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    for (const p of DEBIAN_PREREQUISITES) expect(ciRun, p.package).toMatch(new RegExp(`(^|\\s)${p.package.replace(/[.]/g, '\\.')}(\\s|$)`, 'm'));
  });
});
