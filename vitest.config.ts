import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    // Packaging tests remove a copied project with its node_modules after all: over 10 s on a loaded 2-core machine.
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one file at a time on 2 cores (cores - 1), yet most files spend their time
    // waiting on a spawned process, a socket or a timer: two at once use the CI machine's 2 cores.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    env: { KIOSK_LOG: 'silent' },
    // A test that causes an unhandled rejection or uncaught exception fails.
    setupFiles: ['test/setup/process-faults.ts'],
    // The spawned `kiosk` command and `npm run serve`, bundled once per run.
    globalSetup: ['test/setup/cli-bundles.ts'],
  },
});
