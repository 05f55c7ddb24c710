// Each TypeScript program gets the environment its code runs in: the host's (tsconfig.json) has
// no DOM types, so electron/ cannot use `window` or `document` and still type-check; the
// renderer's and the browser tests' have them. Every test file is checked by one of them.
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../..');

function program(config: string): { lib: string[]; files: string[] } {
  const file = path.join(root, config);
  const read = ts.readConfigFile(file, (f) => ts.sys.readFile(f));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(file));
  return { lib: (parsed.options.lib ?? []).map((l) => l.toLowerCase()), files: parsed.fileNames.map((f) => path.relative(root, f)) };
}

describe('the TypeScript programs', () => {
  const host = program('tsconfig.json');
  const browserTests = program('tsconfig.browser-tests.json');
  const renderer = program('renderer/tsconfig.json');

  it("give the host's code no DOM types, and the renderer and the browser tests the DOM's", () => {
    expect(host.lib.filter((l) => l.includes('dom'))).toEqual([]);
    expect(host.files.some((f) => f.startsWith('electron/'))).toBe(true);
    expect(host.files.filter((f) => f.startsWith('renderer/'))).toEqual([]);
    expect(browserTests.lib).toEqual(expect.arrayContaining(['lib.dom.d.ts']));
    expect(renderer.lib).toEqual(expect.arrayContaining(['lib.dom.d.ts']));
  });

  it('check every test file, each in one program', () => {
    const tests = new Set([...host.files, ...browserTests.files].filter((f) => f.startsWith('test/')));
    const both = host.files.filter((f) => f.startsWith('test/') && browserTests.files.includes(f));
    expect(both).toEqual([]);
    // tsc, like this list, leaves out dotfiles (a developer's scratch files).
    const all = ts.sys
      .readDirectory(path.join(root, 'test'), ['.ts', '.tsx'])
      .map((f) => path.relative(root, f))
      .filter((f) => !path.basename(f).startsWith('.'));
    expect(all.filter((f) => !tests.has(f))).toEqual([]);
  });
});
