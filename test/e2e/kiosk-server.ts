import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchServeHealth } from '../support/serve-output.ts';
import { MAIN_PROCESS_V8_FLAGS } from '../../scripts/main-process-flags.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const READY = /Kiosk ready at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

export interface KioskServer {
  /** The address that authorises a browser (sets the cookie) and redirects to `/`. */
  url: string;
  origin: string;
  /** `kiosk config reset-pin` on this kiosk's database, as a technician runs it: the one-time setup code it prints. */
  issueSetupCode(): Promise<string>;
  stop(): Promise<void>;
}

export interface KioskServerOptions {
  idleTimeoutSec?: number;
  /** A cache file prepared by the test (default: a fresh one, so the host loads the demo data). */
  dbPath?: string;
  /** A fixed port and token, so a stopped host can be started again as the same one (default: any port, a fresh token). */
  port?: number;
  token?: string;
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
  /** Lookups wait after misses, as on a real kiosk (default off: a worker's kiosk plays many citizens back to back). */
  lookupThrottle?: boolean;
  /** Start bin/serve.mjs itself rather than this run's bundle of it (test/support/cli-bundles.ts, made in cli-bundles-setup.ts). */
  viaBin?: boolean;
}

const SERVE_BIN = path.join(root, 'bin', 'serve.mjs');
const KIOSK_BIN = path.join(root, 'bin', 'kiosk.mjs');

/**
 * `npm run serve --port 0 --db <fresh temp file>` (this run's bundle of it, or bin/serve.mjs): an
 * empty cache, so the host loads the demo data. Resolves once it printed its address.
 */
export async function startKioskServer(options: KioskServerOptions = {}): Promise<KioskServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-'));
  const dbPath = options.dbPath ?? path.join(dir, 'kiosk.db');
  const serve = options.viaBin ? SERVE_BIN : (process.env.KIOSK_TEST_SERVE_BUNDLE ?? SERVE_BIN);
  // With the V8 flags `npm run serve` gives Node (scripts/main-process-flags.mjs).
  const args = [...MAIN_PROCESS_V8_FLAGS, serve, '--port', String(options.port ?? 0), '--db', dbPath];
  if (options.idleTimeoutSec !== undefined) args.push('--idle-timeout', String(options.idleTimeoutSec));
  // With '=': a token may start with '-' (base64url), which parseArgs would take for an option.
  if (options.token !== undefined) args.push(`--token=${options.token}`);
  if (options.lookupThrottle !== true) args.push('--no-lookup-throttle');
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env });

  // A test whose host had an unhandled rejection or uncaught exception fails when it stops.
  const health = watchServeHealth(child.stderr);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killTimer);
    }
    rmSync(dir, { recursive: true, force: true });
    await health.ended;
    health.assertNoFaults();
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(() => reject(new Error(`serve did not start in time.\n${stderr}`)), options.startTimeoutMs ?? 60_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = READY.exec(stdout);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`serve exited with ${code} before it was ready.\n${stderr}`));
      });
    });
    return { url, origin: new URL(url).origin, issueSetupCode: () => issueSetupCode(dbPath), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function issueSetupCode(dbPath: string): Promise<string> {
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, [process.env.KIOSK_TEST_CLI_BUNDLE ?? KIOSK_BIN, 'config', 'reset-pin', '--db', dbPath], { env: { ...process.env, KIOSK_LOG: 'silent' } }, (error, out) =>
      error ? reject(error) : resolve(out),
    ),
  );
  const code = /setup code: (\d{5}) (\d{5})/.exec(stdout);
  if (!code) throw new Error(`kiosk config reset-pin printed no setup code:\n${stdout}`);
  return code[1]! + code[2]!;
}
