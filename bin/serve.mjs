#!/usr/bin/env node
// `npm run serve`: builds the UI once when it is missing, then runs the TypeScript host.
import { existsSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
  process.stderr.write('Building the kiosk UI (first run)…\n');
  const built = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
// The sync writer thread and the speech helper run bundled, as in Electron: one bundle each per
// process, removed at exit.
const { buildFeedWorker, buildSpeechHelper } = await import('../scripts/build-electron.mjs');
const cache = join(root, 'node_modules', '.cache', 'kiosk-serve');
const feedWorkerScript = join(cache, `feed-worker-${process.pid}.cjs`);
const speechHelperScript = join(cache, `speech-helper-${process.pid}.cjs`);
await Promise.all([
  buildFeedWorker({ production: false, outfile: feedWorkerScript }),
  buildSpeechHelper({ production: false, outfile: speechHelperScript }),
]);
process.on('exit', () => {
  for (const file of [feedWorkerScript, speechHelperScript]) {
    rmSync(file, { force: true });
    rmSync(`${file}.map`, { force: true });
  }
});
const { register } = await import('tsx/esm/api');
register();
const { serveCommand } = await import('../electron/serve/serve-command.ts');
process.exitCode = await serveCommand(process.argv.slice(2), { feedWorkerScript, speechHelperScript });
