import { spawn } from 'node:child_process';
import path from 'node:path';
import { MAIN_PROCESS_V8_FLAGS } from '../../scripts/main-process-flags.mjs';
import { bystanderBesideSync } from './bystander.ts';
import type { BystanderFigures } from './bystander.ts';

const APP_ROOT = path.join(import.meta.dirname, '..', '..');

/**
 * One run of the bundled kiosk process (sync-kiosk-process.ts, its arguments in `args` after the
 * bundle's path): the JSON of its last line, with the figures of a bystander measured over its
 * sync (bystander.ts). BENCH_KIOSK_NODE_ARGS goes to Node (for example `--cpu-prof`).
 */
export function runSyncKioskProcess<T>(args: string[], env: NodeJS.ProcessEnv = {}): Promise<T & { bystanderBlockedMs: BystanderFigures }> {
  // Started as the kiosk starts its host (scripts/main-process-flags.mjs; BENCH_HOST_V8_FLAGS=off
  // for the baseline without them), then BENCH_KIOSK_NODE_ARGS.
  const hostFlags = process.env.BENCH_HOST_V8_FLAGS === 'off' ? [] : MAIN_PROCESS_V8_FLAGS;
  const nodeArgs = [...hostFlags, ...(process.env.BENCH_KIOSK_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, ...args], { env: { ...process.env, KIOSK_LOG: 'silent', BENCH_APP_ROOT: APP_ROOT, ...env } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    const bystander = bystanderBesideSync(child);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(err));
      else bystander.then((bystanderBlockedMs) => resolve({ ...(JSON.parse(out.trim().split('\n').at(-1)!) as T), bystanderBlockedMs }), reject);
    });
  });
}
