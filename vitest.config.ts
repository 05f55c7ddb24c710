import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    // Packaging tests remove a copied project with its node_modules after all: over 10 s on a loaded 2-core machine.
    hookTimeout: 60_000,
    pool: 'forks',
    env: { KIOSK_LOG: 'silent' },
    // A test that causes an unhandled rejection or uncaught exception fails.
    setupFiles: ['test/setup/process-faults.ts'],
  },
});
