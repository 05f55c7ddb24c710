import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) =>
  spawn(process.execPath, ['--import', 'tsx', 'test/district-sim/cli.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });

function exitOf(child: ReturnType<typeof run>): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** The address the simulator prints once it is ready. */
function readyUrl(child: ReturnType<typeof run>): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const ready = /^District simulator ready at (http:\/\/127\.0\.0\.1:\d+)$/m.exec(chunk.toString());
      if (ready) resolve(ready[1] as string);
    });
    child.once('exit', () => reject(new Error('exited before it was ready')));
  });
}

describe('district-sim command line', () => {
  it('prints where it is ready, serves the protocol, and stops cleanly on SIGTERM', async () => {
    const child = run(['--port', '0', '--dossiers', '200', '--token', 'cli-token', '--churn', '50', '--seed', '3']);
    const url = await readyUrl(child);
    const headers = { Authorization: 'Bearer cli-token', 'X-Kiosk-Id': 'cli-test', 'X-Kiosk-Protocol': '1' };
    const response = await fetch(`${url}/v1/dossiers/changes?limit=5000`, { headers });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(200);
    const compact = (await (await fetch(`${url}/v1/dossiers/changes?limit=5000&shape=compact`, { headers })).json()) as { rows: unknown[]; texts: string[] };
    expect(compact.rows).toHaveLength(200);
    expect(compact.texts.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const state = (await (await fetch(`${url}/__sim/state`)).json()) as { changes: number };
    expect(state.changes).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exitOf(child)).toBe(0);
  });

  it('--no-compact answers as a server that predates the compact shape', async () => {
    const child = run(['--port', '0', '--dossiers', '20', '--token', 'cli-token', '--no-compact']);
    const url = await readyUrl(child);
    const headers = { Authorization: 'Bearer cli-token', 'X-Kiosk-Id': 'cli-test', 'X-Kiosk-Protocol': '1' };
    const page = (await (await fetch(`${url}/v1/dossiers/changes?limit=5000&shape=compact`, { headers })).json()) as Record<string, unknown>;
    expect(page.rows).toBeUndefined();
    expect(page.items).toHaveLength(20);
    child.kill('SIGTERM');
    expect(await exitOf(child)).toBe(0);
  });

  it('explains bad arguments and exits with status 2', async () => {
    const child = run(['--dossiers', 'many', '--token', 't']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exitOf(child)).toBe(2);
    expect(stderr).toContain('--dossiers must be a whole number');
    expect(stderr).toContain('Usage: district-sim');
  });
});
