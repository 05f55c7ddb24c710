import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

/**
 * sync-kiosk-process.ts bundled into `dir`, as the Electron build bundles the host, so the kiosk
 * process's RSS and CPU have no TypeScript loader in them. Returns the bundle's path.
 */
export async function bundleSyncKiosk(dir: string): Promise<string> {
  const outfile = path.join(dir, 'sync-kiosk-process.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'sync-kiosk-process.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Native addons stay in node_modules, as in the Electron build (scripts/build-electron.mjs).
    external: ['better-sqlite3', 'electron', 'node-hid', 'serialport', '@serialport/*', 'usb', '@resvg/resvg-js', 'bufferutil', 'utf-8-validate', 'fsevents'],
    banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);" },
    logLevel: 'error',
  });
  fs.symlinkSync(path.join(import.meta.dirname, '..', '..', 'node_modules'), path.join(dir, 'node_modules'));
  return outfile;
}
