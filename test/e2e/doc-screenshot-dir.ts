import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Set by `npm run screenshots` to docs/screenshots, the README's pictures. */
export const DOC_SCREENSHOTS_VARIABLE = 'KIOSK_DOC_SCREENSHOTS_DIR';

/**
 * Where the screenshot specs write: test-results/docs-screenshots/ (ignored by git) in a test
 * run, so that `npm test` leaves the committed pictures as they are.
 */
export function docScreenshotDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(ROOT, env[DOC_SCREENSHOTS_VARIABLE] || path.join('test-results', 'docs-screenshots'));
}
