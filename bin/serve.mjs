#!/usr/bin/env node
// `npm run serve`: builds the UI once when it is missing, then runs the TypeScript host.
import { existsSync } from 'node:fs';
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
const { register } = await import('tsx/esm/api');
register();
const { serveCommand } = await import('../electron/serve/serve-command.ts');
process.exitCode = await serveCommand(process.argv.slice(2));
