// Every relative link of the README and the docs/ pages points at a file that exists and, when it
// names a heading (#anchor), at a heading of that file: moving a section must not leave a dead link.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../../..');
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '');
  return new Set([...withoutCode.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1] ?? '')));
}

function linksOf(markdown: string): string[] {
  const targets = [...markdown.matchAll(/\]\(([^)\s]+)\)/g), ...markdown.matchAll(/(?:href|src)="([^"]+)"/g)];
  return targets.map((m) => m[1] ?? '').filter((t) => !/^[a-z]+:/i.test(t));
}

describe('links of the README and docs/', () => {
  it.each(pages)('%s links only to files and headings that exist', (page) => {
    const dead: string[] = [];
    for (const link of linksOf(readFileSync(join(root, page), 'utf8'))) {
      const [path = '', anchor] = link.split('#');
      const target = path === '' ? join(root, page) : resolve(dirname(join(root, page)), path);
      if (!existsSync(target)) dead.push(`${link} (no file ${relative(root, target)})`);
      else if (anchor && !anchorsOf(readFileSync(target, 'utf8')).has(anchor)) dead.push(`${link} (no heading)`);
    }
    expect(dead).toEqual([]);
  });

  it('finds a dead link and a dead anchor (the check can fail)', () => {
    expect(anchorsOf('# The `kiosk` command (technicians)\n## First run on a kiosk, per platform')).toEqual(
      new Set(['the-kiosk-command-technicians', 'first-run-on-a-kiosk-per-platform']),
    );
    expect(linksOf('[a](docs/x.md#y) <img src="p.png"> [b](https://e.org)')).toEqual(['docs/x.md#y', 'p.png']);
  });
});
