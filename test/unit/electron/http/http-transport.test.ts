import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../../shared/contract/index.ts';
import { startHttpTransport } from '../../../../electron/http/http-transport.ts';
import type { HttpTransport } from '../../../../electron/http/http-transport.ts';
import type { KioskHost } from '../../../../electron/host/kiosk-host.types.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

function fakeHost() {
  const listeners = new Set<(e: KioskEvent) => void>();
  const calls: { method: string; input: unknown }[] = [];
  const host: KioskHost = {
    async call(method, input) {
      calls.push({ method, input });
      if (method === 'nope') return { ok: false, error: { code: 'unknown-method', message: 'Unknown method "nope".' } };
      return { ok: true, result: { echo: input } };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {},
  };
  return { host, calls, emit: (e: KioskEvent) => listeners.forEach((l) => l(e)), listenerCount: () => listeners.size };
}

/** A raw request, so the test controls Host, Origin and cookies exactly. */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('loopback HTTP transport', () => {
  const tempDir = useTempDir();
  let transport: HttpTransport | undefined;
  afterEach(async () => {
    await transport?.close();
    transport = undefined;
  });

  async function start() {
    const uiRoot = tempDir();
    fs.writeFileSync(path.join(uiRoot, 'index.html'), '<!doctype html><title>kiosk</title>');
    fs.mkdirSync(path.join(uiRoot, 'assets'));
    fs.writeFileSync(path.join(uiRoot, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(path.dirname(uiRoot), 'secret.txt'), 'outside');
    const fake = fakeHost();
    transport = await startHttpTransport({ host: fake.host, uiRoot });
    const auth = { Cookie: `kiosk_token=${transport.token}` };
    return { ...fake, port: transport.port, auth };
  }

  it('binds to 127.0.0.1 only and prints a URL carrying the token', async () => {
    const { port } = await start();
    expect(transport!.url).toBe(`http://127.0.0.1:${port}/?token=${transport!.token}`);
    expect(transport!.token.length).toBeGreaterThanOrEqual(32);
  });

  it('exchanges the token in the URL for an HttpOnly, SameSite=Strict cookie', async () => {
    const { port } = await start();
    const res = await request(port, { path: `/?token=${transport!.token}` });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(res.headers['set-cookie']?.[0]).toMatch(/^kiosk_token=.+; HttpOnly; SameSite=Strict; Path=\//);
    expect((await request(port, { path: '/?token=wrong' })).status).toBe(401);
  });

  it('rejects every request without the token', async () => {
    const { port, calls } = await start();
    expect((await request(port, { path: '/' })).status).toBe(401);
    expect((await request(port, { path: '/assets/app.js' })).status).toBe(401);
    const api = await request(port, { method: 'POST', path: '/api/call/getKioskInfo', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await request(port, { path: '/', headers: { Cookie: 'kiosk_token=guess' } });
    expect(wrong.status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin (CSRF)', async () => {
    const { port, auth, calls } = await start();
    expect((await request(port, { path: '/', headers: { ...auth, Host: `evil.example:${port}` } })).status).toBe(421);
    const csrf = await request(port, {
      method: 'POST',
      path: '/api/call/getKioskInfo',
      headers: { ...auth, Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(csrf.status).toBe(403);
    expect(calls).toEqual([]);
  });

  it('carries calls to the host and maps errors to HTTP statuses', async () => {
    const { port, auth, calls } = await start();
    const json = { ...auth, 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}` };
    const ok = await request(port, { method: 'POST', path: '/api/call/lookupDossier', headers: json, body: '{"raw":"x"}' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, result: { echo: { raw: 'x' } } });
    expect(calls).toEqual([{ method: 'lookupDossier', input: { raw: 'x' } }]);
    expect((await request(port, { method: 'POST', path: '/api/call/nope', headers: json, body: '{}' })).status).toBe(404);
    const badJson = await request(port, { method: 'POST', path: '/api/call/lookupDossier', headers: json, body: '{raw' });
    expect(badJson.status).toBe(400);
    const notJson = await request(port, { method: 'POST', path: '/api/call/lookupDossier', headers: { ...auth, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(notJson.status).toBe(415);
    const huge = await request(port, { method: 'POST', path: '/api/call/lookupDossier', headers: json, body: JSON.stringify({ raw: 'x'.repeat(70_000) }) });
    expect(huge.status).toBe(413);
    expect((await request(port, { path: '/api/call/lookupDossier', headers: auth })).status).toBe(405);
    expect(calls).toHaveLength(2);
  });

  it('serves the UI with a strict CSP and never a file outside its folder', async () => {
    const { port, auth } = await start();
    const index = await request(port, { path: '/', headers: auth });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await request(port, { path: '/assets/app.js', headers: auth })).headers['content-type']).toContain('text/javascript');
    expect((await request(port, { path: '/dossier/123', headers: auth })).body).toContain('<title>kiosk</title>');
    for (const attack of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const res = await request(port, { path: attack, headers: auth });
      expect(res.body).not.toContain('outside');
    }
    expect((await request(port, { path: '/missing.js', headers: auth })).status).toBe(404);
  });

  it('pushes host events as server-sent events and unsubscribes on disconnect', async () => {
    const { port, auth, emit, listenerCount } = await start();
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/api/events', headers: { ...auth, Host: `127.0.0.1:${port}` } }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          data += chunk;
          if (data.includes('retry:') && !data.includes('event:')) {
            emit({ type: 'scan', payload: { raw: '000.00.12.H53-261115-0001', source: 'serial', at: '2026-11-18T03:00:00.000Z' } });
          }
          if (data.includes('\n\nevent: scan')) {
            setTimeout(() => {
              req.destroy();
              resolve(data);
            }, 20);
          }
        });
      });
      req.on('error', (e) => (e.message.includes('aborted') ? undefined : reject(e)));
    });
    expect(received).toContain('event: scan\ndata: {"raw":"000.00.12.H53-261115-0001","source":"serial"');
    await new Promise((r) => setTimeout(r, 50));
    expect(listenerCount()).toBe(0);
  });
});
