import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..', '..');

/** What bin/kiosk.mjs and bin/serve.mjs run, as entries of their own, by the variable that names each bundle. */
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
 * The `kiosk` command and `npm run serve` that tests spawn, bundled once per test run with
 * esbuild (as the packaged app bundles its main process) instead of compiled by tsx in every
 * spawned process: about a third of the CPU at each start. The bundles stay inside the project
 * (packages load from its node_modules, appRoot() finds its assets), in a folder of this run's
 * own since several runs may share the work tree, and are named to the test processes by
 * KIOSK_TEST_CLI_BUNDLE and KIOSK_TEST_SERVE_BUNDLE (test/support/run-kiosk-cli.ts,
 * serve-process.ts, test/e2e/kiosk-server.ts); without them those run bin/kiosk.mjs and
 * bin/serve.mjs. The shims stay tested: each end-to-end worker's kiosk is bin/serve.mjs, and the
 * sync-crash, scanners-cli and sysfs-serial-ports unit tests start bin/kiosk.mjs.
 */
export function cliBundles(): { bundle(): Promise<void>; remove(): void } {
  const dir = path.join(root, 'node_modules', '.cache', 'kiosk-test-bundles', String(process.pid));
  return {
    async bundle() {
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
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
