import path from 'node:path';

/** The built UI's files, served the same way by the kiosk:// protocol and loopback HTTP. */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}


/**
 * The file under `root` that a URL path names (kiosk:// or loopback HTTP), or null. Any `..` segment (plain or
 * percent-encoded), backslash or NUL is refused outright, and the resolved path must still
 * lie inside `root`. Paths without an extension are the UI's own routes: index.html, as
 * over loopback HTTP.
 */
export function resolveUiPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const base = path.resolve(root);
  const resolved = path.resolve(base, `.${path.posix.normalize(`/${decoded}`)}`);
  if (resolved !== base && !resolved.startsWith(base + path.sep)) return null;
  if (resolved === base || decoded.endsWith('/') || path.extname(resolved) === '') return path.join(base, 'index.html');
  return resolved;
}

