import fs from 'node:fs';
import path from 'node:path';
import { DEBIAN_PREREQUISITES, NPM_FOLDER_PREREQUISITES } from './manifest.ts';
import type { DebianPrerequisite, NpmFolderPrerequisite } from './manifest.ts';

/** What the check looks at; the tests give it a machine that lacks things. */
export interface Probes {
  /** The project's root folder. */
  root: string;
  /** The folders of PATH, in order. */
  pathDirs: readonly string[];
  /** The text of dpkg's status file, or null where there is no dpkg. */
  dpkgStatus: string | null;
  isRoot: boolean;
}

export interface Missing {
  debian: DebianPrerequisite[];
  npmFolders: NpmFolderPrerequisite[];
}

export interface Command {
  program: string;
  args: string[];
}

export type Plan =
  | { action: 'none' }
  /** Run these, then check again. */
  | { action: 'install'; commands: Command[] }
  /** Nothing may be installed from here: the one command line the person runs. */
  | { action: 'stop'; commandLine: string };

function readIfPresent(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export function systemProbes(root: string): Probes {
  return {
    root,
    pathDirs: (process.env.PATH ?? '').split(path.delimiter).filter((dir) => dir !== ''),
    dpkgStatus: readIfPresent('/var/lib/dpkg/status'),
    isRoot: process.getuid?.() === 0,
  };
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export function onPath(program: string, pathDirs: readonly string[]): boolean {
  return pathDirs.some((dir) => isExecutable(path.join(dir, program)));
}

/** The packages dpkg has fully installed (architecture suffixes dropped). */
export function installedDebianPackages(dpkgStatus: string): Set<string> {
  const installed = new Set<string>();
  for (const stanza of dpkgStatus.split(/\n\s*\n/)) {
    const name = /^Package: (\S+)$/m.exec(stanza)?.[1];
    if (name && /^Status: install ok installed$/m.test(stanza)) installed.add(name.split(':')[0]!);
  }
  return installed;
}

/** An npm folder is installed when each of its dependencies is in its node_modules. */
function npmFolderInstalled(root: string, folder: string): boolean {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, folder, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(manifest.dependencies ?? {}).every((name) => fs.existsSync(path.join(root, folder, 'node_modules', name, 'package.json')));
}

export function findMissing(probes: Probes): Missing {
  const installed = probes.dpkgStatus === null ? null : installedDebianPackages(probes.dpkgStatus);
  return {
    debian: DEBIAN_PREREQUISITES.filter(
      (p) => (installed !== null && !installed.has(p.package)) || p.programs.some((program) => !onPath(program, probes.pathDirs)),
    ),
    npmFolders: NPM_FOLDER_PREREQUISITES.filter((p) => !npmFolderInstalled(probes.root, p.folder)),
  };
}

const npmCi = (folder: string): Command => ({ program: 'npm', args: ['ci', '--prefix', folder, '--no-audit', '--no-fund', '--ignore-scripts'] });
const aptUpdate: Command = { program: 'apt-get', args: ['update'] };
const aptInstall = (packages: string[]): Command => ({ program: 'apt-get', args: ['install', '-y', '--no-install-recommends', ...packages] });
const shellLine = (command: Command, sudo: boolean) => [...(sudo ? ['sudo'] : []), command.program, ...command.args].join(' ');

/**
 * Debian packages are installed only as root with apt-get at hand (CI, a fresh container);
 * anywhere else the run stops at once with the one command line to run. An npm folder needs
 * no privilege and is installed wherever npm is.
 */
export function planFor(missing: Missing, probes: Probes): Plan {
  const npmCommands = missing.npmFolders.map((p) => npmCi(p.folder));
  if (missing.debian.length === 0) return npmCommands.length === 0 ? { action: 'none' } : { action: 'install', commands: npmCommands };

  const aptCommands = [aptUpdate, aptInstall(missing.debian.map((p) => p.package))];
  if (probes.isRoot && onPath('apt-get', probes.pathDirs)) return { action: 'install', commands: [...aptCommands, ...npmCommands] };
  const sudo = !probes.isRoot;
  return { action: 'stop', commandLine: [...aptCommands.map((c) => shellLine(c, sudo)), ...npmCommands.map((c) => shellLine(c, false))].join(' && ') };
}

export function describeMissing(missing: Missing): string {
  return [
    ...missing.debian.map((p) => `  - Debian package ${p.package}: ${p.why}`),
    ...missing.npmFolders.map((p) => `  - npm install of ${p.folder}: ${p.why}`),
  ].join('\n');
}
