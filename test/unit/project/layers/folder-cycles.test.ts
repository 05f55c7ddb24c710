// No two folders of the code depend on each other, even through others or through types only:
// a feature folder reads in one direction (host → services → stores), so it can be understood,
// tested and moved on its own. Folders are electron/<name>/, shared/<name>/ and renderer/<name>/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|^\s*import\s+['"](\.[^'"]+)['"]/gm;

function folderOf(file: string): string {
  const [top, second, third] = path.relative(root, file).split(path.sep);
  return third === undefined ? (top ?? '') : `${top}/${second}`;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Folder → the folders it imports from. */
export function folderGraph(files: { file: string; text: string }[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { file, text } of files) {
    const from = folderOf(file);
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? '';
      const to = folderOf(path.resolve(path.dirname(file), spec));
      if (to !== from) targets.add(to);
    }
  }
  return graph;
}

/** The groups of folders that reach each other (Tarjan's strongly connected components of more than one). */
export function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('folder dependencies', () => {
  const files = ['electron', 'shared', 'renderer'].flatMap((top) => sourceFiles(path.join(root, top)));
  const cycles = cyclesOf(folderGraph(files.map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }))));

  it('have no cycle in the host, the shared code or the renderer', () => {
    expect(cycles).toEqual([]);
  });

  it('finds a cycle through a third folder and through a type-only import', () => {
    const graph = folderGraph([
      { file: path.join(root, 'electron/host/a.ts'), text: "import { b } from '../sync/b.ts';" },
      { file: path.join(root, 'electron/sync/b.ts'), text: "import type { C } from '../technician/c.ts';" },
      { file: path.join(root, 'electron/technician/c.ts'), text: "export { host } from '../host/a.ts';" },
      { file: path.join(root, 'electron/db/d.ts'), text: "import x from './e.ts';" },
    ]);
    expect(cyclesOf(graph)).toEqual([['electron/host', 'electron/sync', 'electron/technician']]);
  });
});
