import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_SCREENSHOTS_VARIABLE, docScreenshotDir } from '../../../e2e/doc-screenshot-dir.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');

describe('where the screenshot specs write', () => {
  it('is test-results/, which git ignores, in a test run: npm test leaves docs/screenshots as committed', () => {
    expect(docScreenshotDir({})).toBe(path.join(ROOT, 'test-results', 'docs-screenshots'));
    expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('test-results/');
  });

  it('is docs/screenshots/ only under `npm run screenshots`', () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const [, dir] = new RegExp(`^${DOC_SCREENSHOTS_VARIABLE}=(\\S+) playwright test test/e2e/citizen-screenshots$`).exec(scripts.screenshots ?? '') ?? [];
    expect(docScreenshotDir({ [DOC_SCREENSHOTS_VARIABLE]: dir })).toBe(path.join(ROOT, 'docs', 'screenshots'));
    for (const command of ['test', 'test:e2e']) expect(scripts[command]).not.toContain(DOC_SCREENSHOTS_VARIABLE);
  });
});
