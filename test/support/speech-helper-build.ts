import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronBuild } from './feed-worker-build.ts';

let built: Promise<string> | null = null;

/**
 * The speech helper bundled as the Electron build bundles it (scripts/build-electron.mjs), into a
 * temporary folder: a forked process cannot load TypeScript under the test runner. Built once per
 * test process.
 */
export function speechHelperScript(): Promise<string> {
  built ??= bundleSpeechHelper(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-speech-helper-')), 'speech-helper.cjs'), false);
  return built;
}

/** Bundles the speech helper to `outfile` with the Electron build's own settings. */
export async function bundleSpeechHelper(outfile: string, production: boolean): Promise<string> {
  const { buildSpeechHelper } = await electronBuild();
  await buildSpeechHelper({ production, outfile });
  return outfile;
}
