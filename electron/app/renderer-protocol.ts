import fs from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../http/content-security-policy.ts';
import { APP_HOST } from './app-origin.ts';

const MIME: Record<string, string> = {
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
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/**
 * The file under `root` that a kiosk:// URL path names, or null. Any `..` segment (plain or
 * percent-encoded), backslash or NUL is refused outright, and the resolved path must still
 * lie inside `root`. Paths without an extension are the UI's own routes: index.html, as
 * over loopback HTTP.
 */
export function resolveRendererPath(root: string, urlPath: string): string | null {
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

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The `protocol.handle('kiosk', …)` handler: the built renderer and nothing else. */
export function createRendererRequestHandler(options: { root: string }): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.hostname.toLowerCase() !== APP_HOST) return plain(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveRendererPath(options.root, url.pathname);
    if (file === null) return plain(404, 'Not found');
    let body: Buffer;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return plain(404, 'Not found');
      body = await fs.readFile(file);
    } catch {
      return plain(404, 'Not found');
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(file), 'Content-Length': String(body.byteLength) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers,
    });
  };
}
