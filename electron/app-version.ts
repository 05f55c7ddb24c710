import fs from 'node:fs';
import path from 'node:path';
import { appRoot } from './app-root.ts';

let cached: string | null = null;

/**
 * The kiosk's version: package.json's `version`, which is also what Electron's app.getVersion()
 * and so the updater read. The host, the heartbeat, diagnostics and the out-of-service page use it.
 */
export function appVersion(): string {
  if (cached === null) {
    const packageJson: unknown = JSON.parse(fs.readFileSync(path.join(appRoot(), 'package.json'), 'utf8'));
    const version = (packageJson as { version?: unknown }).version;
    if (typeof version !== 'string') throw new Error('package.json has no version.');
    cached = version;
  }
  return cached;
}
