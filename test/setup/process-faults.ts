import { afterAll, afterEach } from 'vitest';

/**
 * Fails the test during which an unhandled rejection or an uncaught exception happened (or
 * the file's end, for one that surfaced after its last test): the host must have none, so a
 * test that causes one is a failing test, whatever it asserted.
 */
const seen: string[] = [];
const record = (kind: string) => (error: unknown) => {
  seen.push(`${kind}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
};
const installed = globalThis as { __kioskProcessFaults?: boolean };
if (!installed.__kioskProcessFaults) {
  installed.__kioskProcessFaults = true;
  process.on('unhandledRejection', record('unhandled rejection'));
  process.on('uncaughtException', record('uncaught exception'));
}

function failOnFaults(): void {
  if (seen.length === 0) return;
  const faults = seen.splice(0);
  throw new Error(`${faults.length} unhandled rejection(s) or uncaught exception(s) during this test:\n${faults.join('\n')}`);
}

afterEach(failOnFaults);
afterAll(failOnFaults);
