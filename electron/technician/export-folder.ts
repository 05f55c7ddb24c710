import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExportFolder, ExportRefusal } from '../../shared/contract/index.ts';
import { freeDiskBytes } from '../sync/heartbeat.ts';

export type FolderCheck = { ok: true; path: string } | { ok: false; reason: ExportRefusal };

/**
 * Whether the UI's folder is somewhere the host may write the bundle: an absolute path, with
 * no `.`/`..` segments, control characters or symbolic links anywhere along it, to an
 * existing, writable directory. The UI is untrusted: nothing here takes its word.
 */
export function checkExportFolder(input: string, platform: NodeJS.Platform = process.platform): FolderCheck {
  const p = platform === 'win32' ? path.win32 : path.posix;
  // eslint-disable-next-line no-control-regex
  if (input.length === 0 || input.length > 1024 || /[\u0000-\u001f\u007f]/.test(input)) return { ok: false, reason: 'unsafe-path' };
  if (!p.isAbsolute(input) || (platform === 'win32' && !/^[A-Za-z]:[\\/]/.test(input))) return { ok: false, reason: 'not-absolute' };
  const segments = input.split(/[\\/]+/);
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, reason: 'unsafe-path' };
  const folder = input.length > 1 ? input.replace(/[\\/]+$/, '') || p.sep : input;
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(folder);
  } catch {
    return { ok: false, reason: 'not-found' };
  }
  if (stat.isSymbolicLink()) return { ok: false, reason: 'unsafe-path' };
  if (!stat.isDirectory()) return { ok: false, reason: 'not-a-directory' };
  try {
    if (fs.realpathSync.native(folder) !== p.normalize(folder)) return { ok: false, reason: 'unsafe-path' };
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    return { ok: false, reason: 'not-writable' };
  }
  return { ok: true, path: folder };
}

const listDirs = (parent: string): string[] => {
  try {
    return fs
      .readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(parent, entry.name));
  } catch {
    return [];
  }
};

/** A directory on another file system than its parent: something is mounted there. */
const isMountPoint = (dir: string): boolean => {
  try {
    return fs.statSync(dir).dev !== fs.statSync(path.dirname(dir)).dev;
  } catch {
    return false;
  }
};

/** Where removable media are mounted on this platform (Debian/udisks, other Linux, macOS, Windows). */
export function removableMediaRoots(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = (env.KIOSK_EXPORT_ROOTS ?? '').split(path.delimiter).filter(Boolean);
  let found: string[] = [];
  if (platform === 'linux') {
    const user = os.userInfo().username;
    found = [
      ...listDirs(path.join('/media', user)),
      ...listDirs('/media').filter((dir) => path.basename(dir) !== user),
      ...listDirs(path.join('/run/media', user)),
      ...listDirs('/mnt'),
    ].filter(isMountPoint);
  } else if (platform === 'darwin') {
    found = listDirs('/Volumes').filter((dir) => isMountPoint(dir) && !fs.existsSync(path.join(dir, 'System')));
  } else if (platform === 'win32') {
    found = [...'DEFGHIJKLMNOPQRSTUVWXYZ'].map((letter) => `${letter}:\\`).filter((drive) => fs.existsSync(drive));
  }
  return [...extra, ...found];
}

/** The folders offered to the technician: removable media first, then the kiosk's own data folder. */
export function suggestedExportFolders(dataDir: string, roots: string[] = removableMediaRoots()): ExportFolder[] {
  const folders: ExportFolder[] = [];
  for (const root of roots) {
    const checked = checkExportFolder(root);
    if (checked.ok && !folders.some((f) => f.path === checked.path)) {
      folders.push({ path: checked.path, kind: 'removable', freeBytes: freeDiskBytes(path.join(checked.path, 'x')) });
    }
  }
  const own = path.join(dataDir, 'diagnostics');
  try {
    fs.mkdirSync(own, { recursive: true });
    const checked = checkExportFolder(own);
    if (checked.ok) folders.push({ path: checked.path, kind: 'data', freeBytes: freeDiskBytes(path.join(own, 'x')) });
  } catch {
    // a read-only data folder: only removable media are offered
  }
  return folders;
}
