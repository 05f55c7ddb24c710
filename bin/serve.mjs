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
// The sync writer thread runs bundled, as in Electron: one bundle per process, removed at exit.
const { buildFeedWorker } = await import('../scripts/build-electron.mjs');
const feedWorkerScript = join(root, 'node_modules', '.cache', 'kiosk-serve', `feed-worker-${process.pid}.cjs`);
await buildFeedWorker({ production: false, outfile: feedWorkerScript });
process.on('exit', () => {
  for (const file of [feedWorkerScript, `${feedWorkerScript}.map`]) rmSync(file, { force: true });
});
const { register } = await import('tsx/esm/api');
register();
const { serveCommand } = await import('../electron/serve/serve-command.ts');
process.exitCode = await serveCommand(process.argv.slice(2), { feedWorkerScript });
