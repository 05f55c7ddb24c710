import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';

/** Lines the kiosk process (sync-kiosk-process.ts) prints around its sync. */
export const SYNC_STARTED_LINE = 'sync-started';
export const SYNC_ENDED_LINE = 'sync-ended';

export interface BystanderFigures {
  p99: number;
  max: number;
}

export interface Bystander {
  start(): void;
  /** The bystander's event-loop delay since start(), in ms; it exits after. */
  stop(): Promise<BystanderFigures>;
  kill(): void;
}

/** Starts bystander-process.mjs (what it measures and why is said there) and waits until it is ready. */
export async function startBystander(): Promise<Bystander> {
  const child = fork(path.join(import.meta.dirname, 'bystander-process.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the bystander exited with ${code} before it was ready`)));
  });
  return {
    start: () => child.send('start'),
    stop: () =>
      new Promise((resolve, reject) => {
        child.once('message', (figures) => resolve(figures as BystanderFigures));
        child.once('exit', (code) => reject(new Error(`the bystander exited with ${code} without its figures`)));
        child.send('stop');
      }),
    kill: () => void child.kill(),
  };
}

/**
 * A bystander measured over the sync of the kiosk process `kiosk`, from its `sync-started` line
 * to its `sync-ended` line. Started by the bench, not by the kiosk process: a child forked from
 * the kiosk's own process made its main thread's first SQLite read after the resync began take
 * 70-97 ms instead of under 1 ms (docs/benchmarks.md).
 */
export function bystanderBesideSync(kiosk: ChildProcess): Promise<BystanderFigures> {
  const bystander = startBystander();
  const figures = new Promise<BystanderFigures>((resolve, reject) => {
    let lines = '';
    let started = false;
    let ended = false;
    const onData = (chunk: Buffer | string) => {
      lines += chunk.toString();
      if (!started && lines.includes(`${SYNC_STARTED_LINE}\n`)) {
        started = true;
        void bystander.then((b) => b.start(), reject);
      }
      if (!lines.includes(`${SYNC_ENDED_LINE}\n`)) return;
      ended = true;
      kiosk.stdout?.off('data', onData);
      bystander.then((b) => b.stop()).then(resolve, reject);
    };
    kiosk.stdout?.on('data', onData);
    kiosk.once('exit', () => {
      if (ended) return;
      void bystander.then((b) => b.kill(), () => undefined);
      reject(new Error('the kiosk process ended without reporting the end of its sync'));
    });
  });
  figures.catch(() => undefined);
  return figures;
}
