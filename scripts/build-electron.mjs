// Bundles the Electron main process and preload into dist-electron/ (CommonJS: package.json
// "main" is dist-electron/main.cjs, and a sandboxed preload can only require('electron')).
//   node scripts/build-electron.mjs [--production]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');

// Native addons and packages that load files relative to themselves stay in node_modules.
const NATIVE_EXTERNALS = [
  'electron',
  'better-sqlite3',
  'bindings',
  'node-hid',
  'serialport',
  '@serialport/*',
  'usb',
  // Its prebuilt renderer (receipt slips) is a .node file picked per platform at run time.
  '@resvg/resvg-js',
  'bufferutil',
  'utf-8-validate',
  'fsevents',
];

const commonOptions = (production) => ({
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  absWorkingDir: root,
  logLevel: 'warning',
  sourcemap: production ? false : 'linked',
  legalComments: 'none',
  define: production ? { 'process.env.NODE_ENV': '"production"' } : {},
});

/** The change-feed worker thread (electron/sync/feed-worker.ts) on its own: tests build it too. */
export function buildFeedWorker({ production = false, outfile }) {
  return build({ ...commonOptions(production), entryPoints: ['electron/sync/feed-worker.ts'], outfile, external: NATIVE_EXTERNALS });
}

/** The speech helper process (electron/speech/speech-helper-main.ts): espeak-ng is started from it, never from the host. */
export function buildSpeechHelper({ production = false, outfile }) {
  return build({ ...commonOptions(production), entryPoints: ['electron/speech/speech-helper-main.ts'], outfile });
}

export async function buildElectron({ production = false } = {}) {
  fs.rmSync(outdir, { recursive: true, force: true });
  const common = commonOptions(production);
  await Promise.all([
    build({
      ...common,
      entryPoints: { main: 'electron/app/main.ts' },
      outExtension: { '.js': '.cjs' },
      outdir,
      external: NATIVE_EXTERNALS,
      // ESM sources may use import.meta.url; in the CommonJS bundle it is main.cjs's own URL.
      banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
      define: { ...common.define, 'import.meta.url': '__import_meta_url' },
    }),
    buildFeedWorker({ production, outfile: path.join(outdir, 'feed-worker.cjs') }),
    buildSpeechHelper({ production, outfile: path.join(outdir, 'speech-helper.cjs') }),
    build({
      ...common,
      entryPoints: { preload: 'electron/app/preload.ts' },
      outExtension: { '.js': '.cjs' },
      outdir,
      external: ['electron'],
    }),
  ]);
  return { outdir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const production = process.argv.includes('--production');
  try {
    await buildElectron({ production });
    console.log(`dist-electron/main.cjs, preload.cjs, feed-worker.cjs and speech-helper.cjs built${production ? ' (production)' : ''}.`);
  } catch {
    // esbuild has already printed the errors.
    process.exitCode = 1;
  }
}
