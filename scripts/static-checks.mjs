#!/usr/bin/env node
// `npm run typecheck` and `npm test`'s static step: the three TypeScript programs and ESLint are
// independent and each uses one core, so they run side by side (as many at once as there are
// cores). Each check's output is printed whole when it ends; the step fails if any check fails.
//   node scripts/static-checks.mjs [typecheck] [lint]   (no argument: both)
import { spawn } from 'node:child_process';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const eslint = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

const CHECKS = {
  typecheck: [
    { name: 'tsc -p tsconfig.json', script: tsc, args: ['--noEmit', '-p', 'tsconfig.json'] },
    { name: 'tsc -p renderer/tsconfig.json', script: tsc, args: ['--noEmit', '-p', 'renderer/tsconfig.json'] },
    { name: 'tsc -p tsconfig.browser-tests.json', script: tsc, args: ['--noEmit', '-p', 'tsconfig.browser-tests.json'] },
  ],
  lint: [{ name: 'eslint .', script: eslint, args: ['.'] }],
};

const groups = process.argv.slice(2);
const unknown = groups.filter((group) => !(group in CHECKS));
if (unknown.length > 0) {
  process.stderr.write(`Unknown check ${unknown.join(', ')}: use ${Object.keys(CHECKS).join(' and/or ')}.\n`);
  process.exit(2);
}
const queue = (groups.length > 0 ? groups : Object.keys(CHECKS)).flatMap((group) => CHECKS[group]);

function run(check) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [check.script, ...check.args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `${error.message}\n`));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`${code === 0 ? 'ok  ' : 'FAIL'} ${check.name} (${seconds} s)\n${output}`);
      resolve(code === 0);
    });
  });
}

let failed = false;
async function worker() {
  for (let check = queue.shift(); check; check = queue.shift()) if (!(await run(check))) failed = true;
}
await Promise.all(Array.from({ length: Math.max(1, os.availableParallelism()) }, worker));
process.exitCode = failed ? 1 : 0;
