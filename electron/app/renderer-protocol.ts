import fs from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../http/content-security-policy.ts';
import { mimeTypeFor, resolveUiPath } from '../http/ui-files.ts';
import { APP_HOST } from './app-origin.ts';

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

export { mimeTypeFor, resolveUiPath as resolveRendererPath };

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
    const file = resolveUiPath(options.root, url.pathname);
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
