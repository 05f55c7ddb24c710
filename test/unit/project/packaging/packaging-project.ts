// A throwaway copy of the project that electron-builder can package here, where Electron's
// binary cannot be downloaded: the real configuration, hooks and build scripts; the
// production main process built fresh; node_modules linked; a stand-in UI build (the UI
// is built after the unit tests); a stand-in Electron whose "binary" carries a real fuse
// wire; the Node build of better-sqlite3 standing in for its Electron build.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));

/** better-sqlite3 as npm install built it, for Node. */
export const NODE_SQLITE_ADDON = path.join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's fuse wire as shipped: version 1, nine fuses, Electron's defaults. */
export const ELECTRON_45_DEFAULT_WIRE = '101100011';

export function readYaml(file: string): Record<string, unknown> {
  const yaml = requireFromRoot('js-yaml') as { load(text: string): unknown };
  return yaml.load(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

export function builderConfig(): Record<string, unknown> {
  return readYaml(path.join(ROOT, 'electron-builder.yml'));
}

/** A file that @electron/fuses reads as an Electron binary with the given wire. */
export function standInElectronBinary(file: string, wire = ELECTRON_45_DEFAULT_WIRE): void {
  fs.writeFileSync(
    file,
    Buffer.concat([Buffer.from('stand-in for the Electron binary\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), Buffer.from('\n')]),
    { mode: 0o755 },
  );
}

/** The fuse wire of a (stand-in) binary, as characters: '0' off, '1' on. */
export function fuseWire(file: string): string {
  const bytes = fs.readFileSync(file);
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  return bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('latin1');
}

export interface PackagingProject {
  dir: string;
  project: string;
  electronDist: string;
  release: string;
  remove(): void;
}

function copy(from: string, to: string): void {
  fs.cpSync(path.join(ROOT, from), to, { recursive: true });
}

/** The project copy, with the production main process built into its dist-electron/. */
export async function preparePackagingProject(): Promise<PackagingProject> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-packaging-'));
  const project = path.join(dir, 'project');
  fs.mkdirSync(project);
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml']) copy(file, path.join(project, file));
  for (const folder of ['electron', 'shared']) fs.symlinkSync(path.join(ROOT, folder), path.join(project, folder), 'dir');
  // Copied, not linked: electron-builder skips or refuses files reached through a link into a
  // "system" path such as /tmp, where CI may well have cloned the project.
  fs.cpSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  // Copied, not linked: electron-builder does not follow a linked folder into the asar, and
  // build-electron.mjs finds the project from its own location.
  copy('assets', path.join(project, 'assets'));
  fs.mkdirSync(path.join(project, 'scripts'));
  for (const file of fs.readdirSync(path.join(ROOT, 'scripts'))) copy(path.join('scripts', file), path.join(project, 'scripts', file));
  fs.mkdirSync(path.join(project, 'build'));
  for (const entry of fs.readdirSync(path.join(ROOT, 'build'))) {
    if (entry !== 'native') copy(path.join('build', entry), path.join(project, 'build', entry));
  }
  // The scanner engineer's udev rule may not be there yet: the packaging must not depend on its wording.
  const rule = path.join(project, 'build', 'udev', '60-kiosk-scanners.rules');
  if (!fs.existsSync(rule)) {
    fs.mkdirSync(path.dirname(rule), { recursive: true });
    fs.writeFileSync(rule, '# stand-in for the scanners udev rule\n');
  }
  // Standing in for the Electron build: the Node build, so the packaged app can be started in Node.
  fs.mkdirSync(path.join(project, 'build', 'native', 'electron'), { recursive: true });
  fs.copyFileSync(NODE_SQLITE_ADDON, path.join(project, 'build', 'native', 'electron', 'better_sqlite3.node'));
  fs.mkdirSync(path.join(project, 'dist', 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(project, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Kiosk</title><script type="module" src="/assets/index.js"></script>');
  fs.writeFileSync(path.join(project, 'dist', 'renderer', 'assets', 'index.js'), 'console.log("kiosk");');
  const { buildElectron } = (await import(pathToFileURL(path.join(project, 'scripts', 'build-electron.mjs')).href)) as {
    buildElectron(options: { production: boolean }): Promise<unknown>;
  };
  await buildElectron({ production: true });

  const electronDist = path.join(dir, 'electron-dist');
  fs.mkdirSync(path.join(electronDist, 'resources'), { recursive: true });
  standInElectronBinary(path.join(electronDist, 'electron'));
  for (const file of ['chrome-sandbox', 'LICENSE', 'LICENSES.chromium.html']) fs.writeFileSync(path.join(electronDist, file), 'stand-in');
  fs.writeFileSync(path.join(electronDist, 'version'), '45.5.0');
  return { dir, project, electronDist, release: path.join(dir, 'release'), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
