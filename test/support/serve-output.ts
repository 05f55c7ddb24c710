import type { Readable } from 'node:stream';

/**
 * What `npm run serve` says on stderr about its own health: faults nothing caught (there must
 * be none) and restarts of the kiosk services, each with its reason.
 */
export interface ServeHealth {
  faults: string[];
  restarts: string[];
  /**
   * Resolves when stderr has ended and every line is counted. A child's 'exit' can come before
   * its last lines are read: wait for this before asserting on what it said.
   */
  ended: Promise<void>;
  /** Throws, naming them, when the host had process faults. */
  assertNoFaults(): void;
}

const FAULT = /^Process fault: .*$/;
const RESTART = /^Kiosk services restarting \((.*)\)\.$/;

export function watchServeHealth(stderr: Readable | null | undefined): ServeHealth {
  const health: ServeHealth = {
    faults: [],
    restarts: [],
    ended: stderr ? new Promise((resolve) => stderr.once('close', () => resolve())) : Promise.resolve(),
    assertNoFaults() {
      if (health.faults.length > 0) throw new Error(`npm run serve had ${health.faults.length} process fault(s):\n${health.faults.join('\n')}`);
    },
  };
  const count = (line: string) => {
    if (FAULT.test(line)) health.faults.push(line);
    const restart = RESTART.exec(line);
    if (restart) health.restarts.push(restart[1]!);
  };
  let partial = '';
  stderr?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    lines.forEach(count);
  });
  stderr?.once('end', () => count(partial));
  return health;
}
