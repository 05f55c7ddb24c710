import { cliBundles } from '../support/cli-bundles.ts';

/**
 * Playwright's second global setup: the `kiosk` command and `npm run serve` bundled for this run
 * (test/support/cli-bundles.ts), for the spec files' private kiosks. Apart from global-setup.ts,
 * whose UI build the benchmarks call, so a benchmark's host stays bin/serve.mjs.
 */
export default async function bundleCliAndServe(): Promise<() => void> {
  const bundles = cliBundles();
  await bundles.bundle();
  return bundles.remove;
}
