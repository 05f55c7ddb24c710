import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRendererRequestHandler, mimeTypeFor, resolveRendererPath } from '../../../../electron/app/renderer-protocol.ts';

vi.mock('electron', () => ({}));

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

let tmp: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-protocol-'));
  root = path.join(tmp, 'dist', 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Kiosk</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log("kiosk")');
  fs.writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'assets', 'noto-sans-vietnamese.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  fs.writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  // Files just outside the served folder, as a traversal would find them.
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'SECRET');
  fs.writeFileSync(path.join(tmp, 'dist', 'secret.txt'), 'SECRET');
  fs.writeFileSync(path.join(tmp, 'dist', 'renderer-secret.txt'), 'SECRET');
  handle = createRendererRequestHandler({ root });
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('kiosk:// protocol handler', () => {
  it('serves the built renderer with its MIME type and the strict CSP', async () => {
    const cases: Array<[string, string, string]> = [
      ['kiosk://app/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Kiosk</title>'],
      ['kiosk://app/', 'text/html; charset=utf-8', '<!doctype html><title>Kiosk</title>'],
      ['kiosk://app/assets/app-1234.js', 'text/javascript; charset=utf-8', 'console.log("kiosk")'],
      ['kiosk://app/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
      ['kiosk://app/assets/logo.svg', 'image/svg+xml', '<svg/>'],
      ['kiosk://app/assets/noto-sans-vietnamese.woff2', 'font/woff2', 'wOF2'],
    ];
    for (const [url, type, body] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text(), url).toBe(body);
    }
  });

  it('answers the UI’s own routes (no extension) with index.html', async () => {
    const response = await get('kiosk://app/procedures');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Kiosk</title>');
  });

  it.each([
    'kiosk://app/../secret.txt',
    'kiosk://app/../../secret.txt',
    'kiosk://app/..%2fsecret.txt',
    'kiosk://app/..%2f..%2fsecret.txt',
    'kiosk://app/%2e%2e/secret.txt',
    'kiosk://app/%2e%2e%2fsecret.txt',
    'kiosk://app/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'kiosk://app/assets/..%2f..%2f..%2fsecret.txt',
    'kiosk://app/..%5csecret.txt',
    'kiosk://app/..%5c..%5csecret.txt',
    'kiosk://app/%2e%2e%2frenderer-secret.txt',
    'kiosk://app/%00index.html',
    'kiosk://app/%E0%A4%A.js',
  ])('refuses traversal and malformed paths with 404: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('404s for missing files, folders and any other kiosk: host', async () => {
    expect((await get('kiosk://app/assets/missing.js')).status).toBe(404);
    expect((await get('kiosk://evil/index.html')).status).toBe(404);
    expect((await get('kiosk://app.evil/index.html')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('kiosk://app/assets/app.css', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('kiosk://app/index.html', 'POST')).status).toBe(405);
  });
});

describe('resolveRendererPath', () => {
  it('keeps every resolved path inside the root, whatever the URL parser left in', () => {
    const base = path.resolve(root);
    for (const urlPath of ['/../secret.txt', '/a/../../secret.txt', '/..', '/%2e%2e/secret.txt', '/..%2F..%2Fsecret.txt', '/x/%2E%2E/%2E%2E/y.js']) {
      expect(resolveRendererPath(root, urlPath), urlPath).toBeNull();
    }
    expect(resolveRendererPath(root, '/assets/app.css')).toBe(path.join(base, 'assets', 'app.css'));
    expect(resolveRendererPath(root, '/')).toBe(path.join(base, 'index.html'));
    expect(resolveRendererPath(root, '/./assets/./app.css')).toBe(path.join(base, 'assets', 'app.css'));
  });

  it('knows the MIME types a Vite build produces', () => {
    expect(mimeTypeFor('x.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('x.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('x.png')).toBe('image/png');
    expect(mimeTypeFor('X.WOFF')).toBe('font/woff');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});
