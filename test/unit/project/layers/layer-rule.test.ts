// The layer rule is lint (eslint.config.js): each import below is judged by the real config.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../../../..') });

async function refused(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath: file });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('the layer rule', { timeout: 60_000 }, () => {
  it.each([
    ['shared/probe.ts', "import x from 'electron-updater';"],
    ['shared/probe.ts', "import x from 'tsx/esm/api';"],
    ['shared/probe.ts', "import x from '@resvg/resvg-js';"],
    ['renderer/probe.ts', "import x from 'electron-updater';"],
    ['renderer/probe.ts', "import x from 'tsx';"],
    ['electron/sync/probe.ts', "import x from 'electron-updater';"],
    ['electron/sync/probe.ts', "import x from 'electron';"],
    ['electron/sync/probe.ts', "import x from 'electron/main';"],
  ])('refuses in %s: %s', async (file, source) => {
    expect(await refused(file, source)).toBe(true);
  });

  it.each([
    ['electron/app/probe.ts', "import x from 'electron-updater';"],
    ['electron/printer/probe.ts', "import x from '@resvg/resvg-js';"],
    ['electron/sync/probe.ts', "import x from 'better-sqlite3';"],
    ['electron/updates/probe.ts', "import x from 'electron-updater/out/util.js';"],
  ])('lets %s import %s', async (file, source) => {
    expect(await refused(file, source)).toBe(false);
  });
});
