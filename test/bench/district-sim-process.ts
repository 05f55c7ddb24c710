/**
 * The district simulator in a process of its own, as a district server is a machine of its own:
 * its threads run at a lower priority (nice 10 by default) so that, on the bench's shared cores,
 * it does not take CPU from the kiosk whenever both want it. Controlled over its loopback admin
 * API (test/district-sim/http/admin-handler.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FaultSpec } from '../district-sim/index.ts';
import { cpuSecondsOfStat } from './proc-cpu.ts';
import { setProcessNice } from './process-priority.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface SimProcessOptions {
  dossiers: number;
  token: string;
  seed?: number;
  /** Answer as a server without the compact page shape. */
  compactFeed?: boolean;
  nice?: number;
}

export interface SimProcess {
  url: string;
  pid: number;
  /** What was done to its priority, for the bench's output. */
  priority: string;
  expireCursors(): Promise<void>;
  /** Injects a fault (test/district-sim/faults.ts), for example latency on every page. */
  injectFault(spec: FaultSpec): Promise<void>;
  /** Moves `n` dossiers a step on; returns their codes. */
  advance(n: number): Promise<string[]>;
  /** CPU seconds the simulator has used so far (user + system, all its threads). */
  cpuSeconds(): number;
  close(): Promise<void>;
}

export async function startSimProcess(options: SimProcessOptions): Promise<SimProcess> {
  const args = ['--port', '0', '--dossiers', String(options.dossiers), '--token', options.token, '--seed', String(options.seed ?? 42)];
  if (options.compactFeed === false) args.push('--no-compact');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'district-sim', 'cli.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /District simulator ready at (\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the district simulator exited with ${code}:\n${stderr}`)));
  });
  const admin = async (route: string, body?: object): Promise<unknown> => {
    const response = await fetch(`${url}/__sim/${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? {}),
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) throw new Error(`the simulator refused ${route} (${response.status}): ${(await response.text()).slice(0, 200)}`);
    return response.json();
  };
  return {
    url,
    pid: child.pid!,
    priority: setProcessNice(child.pid!, options.nice ?? 10),
    expireCursors: async () => void (await admin('expire-cursors')),
    injectFault: async (spec) => void (await admin('faults', spec)),
    advance: async (n) => ((await admin('advance', { n })) as { codes: string[] }).codes,
    cpuSeconds: () => cpuSecondsOfStat(fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8')),
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
