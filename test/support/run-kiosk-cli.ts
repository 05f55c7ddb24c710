import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

/** The `kiosk` command: under vitest its bundle of this run (test/setup/cli-bundles.ts), elsewhere bin/kiosk.mjs. */
const BIN = process.env.KIOSK_TEST_CLI_BUNDLE ?? path.join(import.meta.dirname, '..', '..', 'bin', 'kiosk.mjs');

/** Runs the real `kiosk` command as a technician would. */
export function runKioskCli(args: string[], options: { input?: string } = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, KIOSK_LOG: 'silent' },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The same, without blocking this process (needed when this process also runs a server).
 * `env` overrides the environment, e.g. `{ KIOSK_LOG: 'on' }` to capture the log on stderr.
 */
export function runKioskCliAsync(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, KIOSK_LOG: 'silent', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
