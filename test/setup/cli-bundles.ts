import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

const root = path.resolve(import.meta.dirname, '..', '..');

/** What bin/kiosk.mjs and bin/serve.mjs run, as entries of their own. */
const ENTRIES = {
  KIOSK_TEST_CLI_BUNDLE: {
    file: 'kiosk-cli.mjs',
    contents: "import { runKioskCli } from './electron/cli/kiosk-cli.ts';\nprocess.exitCode = await runKioskCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });\n",
  },
  KIOSK_TEST_SERVE_BUNDLE: {
    file: 'serve.mjs',
    contents: "import { serveCommand } from './electron/serve/serve-command.ts';\nprocess.exitCode = await serveCommand(process.argv.slice(2));\n",
  },
} as const;

/**
 * The `kiosk` command and `npm run serve` that the unit tests spawn, bundled once per run with
 * esbuild (as the packaged app bundles its main process) instead of compiled by tsx in every
 * spawned process: about a third of the CPU each time, over some eighty spawns. The bundles stay
 * inside the project (packages are loaded from its node_modules, appRoot() finds its assets) in
 * a folder of this run's own, since several runs may share the work tree. The end-to-end tests
 * still run bin/serve.mjs and bin/kiosk.mjs themselves.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = path.join(root, 'node_modules', '.cache', 'kiosk-test-bundles', String(process.pid));
  const bundle = async () => {
    await Promise.all(
      Object.entries(ENTRIES).map(async ([variable, entry]) => {
        const outfile = path.join(dir, entry.file);
        await build({
          stdin: { contents: entry.contents, resolveDir: root, sourcefile: `${variable}.ts`, loader: 'ts' },
          bundle: true,
          platform: 'node',
          format: 'esm',
          target: 'node20',
          packages: 'external',
          outfile,
          logLevel: 'warning',
        });
        process.env[variable] = outfile;
      }),
    );
  };
  await bundle();
  // In watch mode a rerun follows an edit: bundle the edited sources again.
  project.onTestsRerun(bundle);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
