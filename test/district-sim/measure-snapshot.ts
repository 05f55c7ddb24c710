/**
 * Measures the simulator on its own: it runs as a separate process (the CLI), and this script
 * pages through the full snapshot with limit 5000 and gzip, decompressing each page and
 * parsing it. Prints start-up time, wall time, bytes, and the simulator process's CPU time.
 * `npx tsx test/district-sim/measure-snapshot.ts [dossiers]`
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const dossiers = Number(process.argv[2] ?? 1_000_000);
const token = 'measure-token';
const headers = { Authorization: `Bearer ${token}`, 'X-Kiosk-Id': 'measure', 'X-Kiosk-Protocol': '1', 'Accept-Encoding': 'gzip' };
const agent = new http.Agent({ keepAlive: true });

function get(url: string): Promise<{ status: number; wire: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, wire: raw.length, body });
        });
      })
      .on('error', reject);
  });
}

const simCpuMs = async (url: string): Promise<number> =>
  (JSON.parse((await get(`${url}/__sim/state`)).body.toString()) as { processCpuMs: number }).processCpuMs;

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cli.ts');
let t = performance.now();
const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--dossiers', String(dossiers), '--token', token], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve) => {
  child.stdout.on('data', (chunk: Buffer) => {
    const ready = /ready at (\S+)/.exec(chunk.toString());
    if (ready) resolve(ready[1] as string);
  });
});
const readyMs = performance.now() - t;
const cpuAtReady = await simCpuMs(url);

t = performance.now();
let cursor: string | null = null;
let items = 0;
let pages = 0;
let wire = 0;
let json = 0;
for (;;) {
  const page = await get(`${url}/v1/dossiers/changes?limit=5000${cursor === null ? '' : `&cursor=${cursor}`}`);
  if (page.status !== 200) throw new Error(`status ${page.status}`);
  const body = JSON.parse(page.body.toString()) as { items: unknown[]; nextCursor: string; hasMore: boolean };
  items += body.items.length;
  pages++;
  wire += page.wire;
  json += page.body.length;
  cursor = body.nextCursor;
  if (!body.hasMore) break;
}
const pageMs = performance.now() - t;
const snapshotCpu = (await simCpuMs(url)) - cpuAtReady;
child.kill('SIGTERM');
agent.destroy();

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
console.log(`${dossiers} dossiers: ready in ${readyMs.toFixed(0)} ms (process start, tsx and generation; ${cpuAtReady} ms CPU)`);
console.log(`snapshot: ${items} items, ${pages} pages, ${pageMs.toFixed(0)} ms wall (this client gunzips and JSON.parses each page)`);
console.log(`bytes: ${mb(wire)} MB gzip on the wire, ${mb(json)} MB JSON, ${(json / items).toFixed(0)} B/item`);
console.log(`simulator CPU for the snapshot: ${snapshotCpu} ms`);
