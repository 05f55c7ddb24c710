import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const rendererDir = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'renderer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('renderer components', () => {
  const files = sourceFiles(rendererDir).filter((f) => f.endsWith('.tsx'));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('hold no user-facing text of their own: every word comes from shared/i18n', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      // Text between JSX tags, and text attributes a person reads or hears.
      // (A run with code punctuation in it is TypeScript between two generics or tags, not text.)
      for (const match of source.matchAll(/>([^<>{}]*\p{L}{2,}[^<>{}]*)</gu)) {
        if (!/[;()='"`]/.test(match[1]!)) offenders.push(`${path.basename(file)}: ${match[1]!.trim()}`);
      }
      for (const match of source.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]+)"/g)) offenders.push(`${path.basename(file)}: ${match[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
