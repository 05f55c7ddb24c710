import { fork } from 'node:child_process';

export interface Bystander {
  start(): void;
  /** The bystander's event-loop delay since start(), in ms; it exits after. */
  stop(): Promise<{ p99: number; max: number }>;
}

/** Starts bystander-process.mjs (what it measures and why is said there) and waits until it is ready. */
export async function startBystander(script: string): Promise<Bystander> {
  const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the bystander exited with ${code} before it was ready`)));
  });
  return {
    start: () => child.send('start'),
    stop: () =>
      new Promise((resolve, reject) => {
        child.once('message', (figures) => resolve(figures as { p99: number; max: number }));
        child.once('exit', (code) => reject(new Error(`the bystander exited with ${code} without its figures`)));
        child.send('stop');
      }),
  };
}
