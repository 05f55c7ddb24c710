// The first step of `npm test`: checks every program, library and install folder the tests
// need (scripts/test-prerequisites/manifest.ts), installs what it may, or stops at once with
// the one command to run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMissing, findMissing, planFor, systemProbes } from './test-prerequisites/check.ts';
import type { Probes } from './test-prerequisites/check.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function probes(): Probes {
  const system = systemProbes(root);
  // A test of this script gives it the dpkg view of a machine that lacks packages.
  const dpkgStatusFile = process.env.TEST_PREREQUISITES_DPKG_STATUS;
  if (dpkgStatusFile === undefined) return system;
  return { ...system, dpkgStatus: fs.readFileSync(dpkgStatusFile, 'utf8') };
}

function main(): number {
  const machine = probes();
  const missing = findMissing(machine);
  const plan = planFor(missing, machine);
  if (plan.action === 'none') return 0;
  if (plan.action === 'stop') {
    process.stderr.write(`npm test needs what this machine lacks:\n${describeMissing(missing)}\nRun this once, then npm test again:\n\n  ${plan.commandLine}\n\n`);
    return 1;
  }
  process.stderr.write(`Installing what npm test needs:\n${describeMissing(missing)}\n`);
  for (const command of plan.commands) {
    const run = spawnSync(command.program, command.args, { cwd: root, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      process.stderr.write(`\`${[command.program, ...command.args].join(' ')}\` failed (${run.error?.message ?? `exit code ${run.status}`}).\n`);
      return 1;
    }
  }
  const still = findMissing(probes());
  if (still.debian.length + still.npmFolders.length === 0) return 0;
  process.stderr.write(`Still missing after the install:\n${describeMissing(still)}\n`);
  return 1;
}

process.exitCode = main();
