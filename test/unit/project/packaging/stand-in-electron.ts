// Stand-ins for the electron package, laid out as node_modules/electron is since Electron 42:
// no binary until index.js or `npm start` runs the package's install.js, which writes dist/ and
// path.txt. The real package's own files are used where the test needs the real installer.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './packaging-project.ts';

export const REAL_ELECTRON = path.join(ROOT, 'node_modules', 'electron');

/** A "binary" that prints the arguments it was started with. */
export const RECORDING_BINARY = '#!/bin/sh\necho "stand-in electron $*"\n';

/** node_modules/electron with the real package.json and index.js and the given install.js. */
export function standInElectronPackage(projectDir: string, installJs: string): string {
  const packageDir = path.join(projectDir, 'node_modules', 'electron');
  fs.mkdirSync(packageDir, { recursive: true });
  for (const file of ['package.json', 'index.js', 'checksums.json']) fs.copyFileSync(path.join(REAL_ELECTRON, file), path.join(packageDir, file));
  fs.writeFileSync(path.join(packageDir, 'install.js'), installJs);
  return packageDir;
}

/** An install.js that installs the recording binary as the real one would: dist/electron and path.txt. */
export const INSTALLING_INSTALL_JS = `
const fs = require('fs');
const path = require('path');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), ${JSON.stringify(RECORDING_BINARY)}, { mode: 0o755 });
fs.writeFileSync(path.join(__dirname, 'dist', 'version'), 'v' + require('./package.json').version);
fs.writeFileSync(path.join(__dirname, 'install-env.json'), JSON.stringify({ mirror: process.env.ELECTRON_MIRROR ?? null, cache: process.env.electron_config_cache ?? null }));
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
`;

/** An install.js that fails as @electron/get does without a network. */
export const OFFLINE_INSTALL_JS = `
console.error('RequestError: getaddrinfo ENOTFOUND github.com');
process.exit(1);
`;

/** A zip archive of the given files, stored (not compressed), with Unix modes, as Electron's release zips carry them. */
export function storedZip(files: { name: string; data: Buffer; mode: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name);
    const crc = zlib.crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(file.data.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the external attributes carry the mode
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(file.data.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((0o100000 | file.mode) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, file.data);
    centrals.push(central, name);
    offset += local.length + name.length + file.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
