import fs from 'node:fs/promises';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * A file under `root` for a URL path, or null. Paths that escape the root (`..`, encoded or
 * not) are refused; unknown paths without an extension fall back to index.html (the UI
 * routes itself).
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolvedRoot = path.resolve(root);
  const wanted = path.resolve(resolvedRoot, `.${path.posix.normalize(`/${decoded}`)}`);
  if (wanted !== resolvedRoot && !wanted.startsWith(resolvedRoot + path.sep)) return null;
  const target = wanted === resolvedRoot || !path.extname(wanted) ? path.join(resolvedRoot, 'index.html') : wanted;
  try {
    const body = await fs.readFile(target);
    return { body, contentType: MIME[path.extname(target)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
