import type { TestProject } from 'vitest/node';
import { cliBundles } from '../support/cli-bundles.ts';

/** The spawned `kiosk` command and `npm run serve`, bundled once per run (test/support/cli-bundles.ts). */
export default async function setup(project: TestProject): Promise<() => void> {
  const bundles = cliBundles();
  await bundles.bundle();
  // In watch mode a rerun follows an edit: bundle the edited sources again.
  project.onTestsRerun(() => bundles.bundle());
  return bundles.remove;
}
