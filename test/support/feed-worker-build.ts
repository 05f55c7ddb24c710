import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..', '..');
let built: Promise<string> | null = null;

type BuildOne = (options: { production: boolean; outfile: string }) => Promise<unknown>;

/** The Electron build's own bundlers (scripts/build-electron.mjs), typed. */
export function electronBuild(): Promise<{ buildFeedWorker: BuildOne; buildSpeechHelper: BuildOne }> {
  return import(pathToFileURL(path.join(root, 'scripts', 'build-electron.mjs')).href) as Promise<{ buildFeedWorker: BuildOne; buildSpeechHelper: BuildOne }>;
}

/**
 * Bundles the change-feed worker to `outfile` with the Electron build's own settings. Its native
 * addons (better-sqlite3: the sync writer opens the database) stay external, so the bundle's
 * folder gets a link to the project's node_modules, as dist-electron/ sits beside it.
 */
export async function bundleFeedWorker(outfile: string, production: boolean): Promise<string> {
  const { buildFeedWorker } = await electronBuild();
  await buildFeedWorker({ production, outfile });
  const modules = path.join(path.dirname(outfile), 'node_modules');
  if (!fs.existsSync(modules)) fs.symlinkSync(path.join(root, 'node_modules'), modules);
  return outfile;
}

/**
 * The change-feed worker bundled as the Electron build bundles it (scripts/build-electron.mjs),
 * into a temporary folder: a worker thread cannot load TypeScript under the test runner.
 * Built once per test process.
 */
export function feedWorkerScript(): Promise<string> {
  built ??= bundleFeedWorker(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-feed-worker-')), 'feed-worker.cjs'), false);
  return built;
}
