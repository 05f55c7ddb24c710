import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds package.json, assets/ and dist/: found by walking up from this
 * module, which works from the TypeScript sources (tsx) and from the bundled dist-electron/.
 */
export function appRoot(): string {
  let dir = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'assets'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the kiosk application folder (package.json with assets/).');
    dir = parent;
  }
}
