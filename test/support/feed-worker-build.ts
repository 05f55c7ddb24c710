import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..', '..');
let built: Promise<string> | null = null;

/**
 * The change-feed worker bundled as the Electron build bundles it (scripts/build-electron.mjs),
 * into a temporary folder: a worker thread cannot load TypeScript under the test runner.
 * Built once per test process.
 */
export function feedWorkerScript(): Promise<string> {
  built ??= (async () => {
    const { buildFeedWorker } = (await import(pathToFileURL(path.join(root, 'scripts', 'build-electron.mjs')).href)) as {
      buildFeedWorker(options: { production: boolean; outfile: string }): Promise<unknown>;
    };
    const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-feed-worker-')), 'feed-worker.cjs');
    await buildFeedWorker({ production: false, outfile });
    return outfile;
  })();
  return built;
}
