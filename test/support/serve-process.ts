import { spawn } from 'node:child_process';
import path from 'node:path';
import { HTTP_CALL_PREFIX } from '../../shared/contract/index.ts';
import type { CallResponse } from '../../shared/contract/index.ts';
import { watchServeHealth } from './serve-output.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

/** `npm run serve`: under vitest its bundle of this run (test/setup/cli-bundles.ts), elsewhere bin/serve.mjs. */
const SERVE = process.env.KIOSK_TEST_SERVE_BUNDLE ?? path.join(root, 'bin', 'serve.mjs');

/** `npm run serve` on `dbPath`; resolves with its address and launch token once it is ready. */
export async function startServe(dbPath: string) {
  const child = spawn(process.execPath, [SERVE, '--port', '0', '--db', dbPath], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KIOSK_LOG: 'silent' },
  });
  const health = watchServeHealth(child.stderr);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start.\n${stderr}`)), 150_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /Kiosk ready at (\S+)/.exec(out);
      if (ready) {
        clearTimeout(timer);
        resolve(new URL(ready[1]!));
      }
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}.\n${stderr}`)));
  });
  const token = url.searchParams.get('token')!;
  const call = async (method: string, input: unknown = {}): Promise<CallResponse> => {
    const res = await fetch(`${url.origin}${HTTP_CALL_PREFIX}${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await res.json()) as CallResponse;
  };
  const stop = async () => {
    child.kill('SIGTERM');
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await exited;
    clearTimeout(kill);
    await health.ended;
    return code;
  };
  return { call, stop, health, child };
}


/**
 * Technician calls through `call`: the first PIN is set with the setup code (or the PIN entered
 * when it is already set), and a session the host no longer knows (it restarted) is opened again.
 */
export function technicianCaller(call: (method: string, input?: unknown) => Promise<CallResponse>, pin: string, setupCode: string) {
  let session: string | null = null;
  const open = async (): Promise<CallResponse> => {
    const first = await call('technicianSetFirstPin', { pin, setupCode });
    const opened = first.ok && (first.result as { session?: string }).session ? first : await call('technicianUnlock', { pin });
    if (opened.ok) session = (opened.result as { session?: string }).session ?? null;
    return opened;
  };
  return {
    async call(method: string, input: Record<string, unknown> = {}): Promise<CallResponse> {
      if (session === null) {
        const opened = await open();
        if (session === null) return opened;
      }
      const answer = await call(method, { ...input, session });
      if (!answer.ok && answer.error.code === 'unauthorized') session = null;
      return answer;
    },
    /** The session ends with the host (after a restart). */
    forget() {
      session = null;
    },
  };
}
