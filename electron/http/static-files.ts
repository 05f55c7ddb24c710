import fs from 'node:fs/promises';
import { mimeTypeFor, resolveUiPath } from './ui-files.ts';

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** A file of the built UI for a URL path, or null (refused paths and missing files alike). */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const file = resolveUiPath(root, urlPath);
  if (file === null) return null;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return null;
    return { body: await fs.readFile(file), contentType: mimeTypeFor(file) };
  } catch {
    return null;
  }
}
