import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const CODE = '000.00.12.H53-230915-0003';
const NAME = 'Nguyễn Văn An';

/** A folder inside the project (so `vitest` and `tsx` resolve), removed afterwards. */
function scratch(): string {
  const base = path.join(root, 'test-results');
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, 'process-faults-'));
}

describe('faults nothing caught', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('are logged without their message (personal data), counted, and survived by the host process', () => {
    const dir = scratch();
    made.push(dir);
    const script = path.join(dir, 'faulty-host.ts');
    fs.writeFileSync(
      script,
      `import { processFaultCounts, watchProcessFaults } from ${JSON.stringify(path.join(root, 'electron/log/process-faults.ts'))};
const told: string[] = [];
const stop = watchProcessFaults((kind) => told.push(kind));
void Promise.reject(new Error(${JSON.stringify(`${CODE} ${NAME}`)}));
setTimeout(() => { throw new TypeError(${JSON.stringify(`lookup of ${CODE}`)}); }, 10);
setTimeout(() => { process.stdout.write(JSON.stringify({ told, counts: processFaultCounts() })); stop(); }, 200);
`,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', env: { ...process.env, KIOSK_LOG: '' }, timeout: 30_000 });
    expect(run.status, run.stderr).toBe(0);
    const { told, counts } = JSON.parse(run.stdout) as { told: string[]; counts: Record<string, unknown> };
    expect(told).toEqual(['unhandledRejection', 'uncaughtException']);
    expect(counts).toMatchObject({ unhandledRejections: 1, uncaughtExceptions: 1, last: { kind: 'uncaughtException', error: 'TypeError' } });
    expect(run.stderr).toContain('"msg":"unhandled rejection"');
    expect(run.stderr).toContain('"msg":"uncaught exception"');
    expect(run.stderr).not.toContain(CODE);
    expect(run.stderr).not.toContain(NAME);
  });

  it('fail the unit test that caused them (test/setup/process-faults.ts)', () => {
    const dir = scratch();
    made.push(dir);
    fs.writeFileSync(
      path.join(dir, 'leaks.test.ts'),
      `import { expect, it } from 'vitest';
it('leaks a rejection but asserts nothing wrong', async () => {
  void Promise.reject(new Error('nobody awaited this'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(1).toBe(1);
});
it('is clean', () => expect(2).toBe(2));
`,
    );
    fs.writeFileSync(
      path.join(dir, 'vitest.config.mjs'),
      `export default { test: { root: ${JSON.stringify(dir)}, include: ['leaks.test.ts'], pool: 'forks', setupFiles: [${JSON.stringify(path.join(root, 'test/setup/process-faults.ts'))}], dangerouslyIgnoreUnhandledErrors: true } };`,
    );
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', path.join(dir, 'vitest.config.mjs'), '--reporter', 'verbose'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const output = run.stdout + run.stderr;
    // vitest's own report of unhandled errors is off here: the setup file alone fails the test.
    expect(run.status, output).not.toBe(0);
    expect(output).toMatch(/×.*leaks a rejection but asserts nothing wrong/);
    expect(output).toContain('unhandled rejection: Error: nobody awaited this');
    expect(output).toMatch(/✓.*is clean/);
  });
});
