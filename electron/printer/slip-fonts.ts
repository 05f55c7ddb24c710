import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { woffToSfnt } from './woff-to-sfnt.ts';

/** The subsets of the bundled Noto Sans a Vietnamese slip needs (Latin + Vietnamese, regular and bold); packed by electron-builder.yml. */
export const SLIP_FONT_FILES = ['latin-400', 'latin-700', 'vietnamese-400', 'vietnamese-700'].map((name) => `node_modules/@fontsource/noto-sans/files/noto-sans-${name}-normal.woff`);

let cached: Buffer[] | null = null;

export function slipFontBuffers(): Buffer[] {
  if (!cached) {
    const directory = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
    cached = SLIP_FONT_FILES.map((file) => woffToSfnt(readFileSync(join(directory, basename(file)))));
  }
  return cached;
}
