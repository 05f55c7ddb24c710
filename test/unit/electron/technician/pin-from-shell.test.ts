import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKioskCli } from '../../../support/run-kiosk-cli.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { GOOD_PIN, openTestHost } from './technician-harness.ts';

/** Every file under `dir`, as text: the database, its WAL, the log files. */
function everythingWritten(dir: string): string {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name)).toString('latin1'))
    .join('\n');
}

// The real `kiosk` command against a real SQLite file, then the host on that file.
describe('the first PIN needs a technician at a shell', { timeout: 120_000 }, () => {
  const tempDir = useTempDir();

  it('`kiosk config reset-pin` prints a one-time setup code, kept nowhere but as a hash, that sets the first PIN once', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kiosk.db');
    const t = await openTestHost(dir);
    expect(await t.call('technicianStatus', {})).toMatchObject({ pinSet: false, setupCodeIssued: false });
    expect(await t.call('technicianSetFirstPin', { pin: GOOD_PIN, setupCode: '1234567890' })).toEqual({ result: 'no-setup-code' });

    const reset = runKioskCli(['config', 'reset-pin', '--db', db]);
    expect(reset.status).toBe(0);
    const printed = /One-time setup code: (\d{5}) (\d{5})/.exec(reset.stdout);
    expect(printed).not.toBeNull();
    const code = printed![1]! + printed![2]!;
    expect(reset.stdout).toContain('five taps on the top-left corner');
    expect(everythingWritten(dir)).not.toContain(code);

    expect(await t.call('technicianStatus', {})).toMatchObject({ pinSet: false, setupCodeIssued: true });
    expect(await t.call('technicianSetFirstPin', { pin: GOOD_PIN, setupCode: code })).toMatchObject({ result: 'unlocked' });
    expect(await t.call('technicianSetFirstPin', { pin: '975310', setupCode: code })).toEqual({ result: 'pin-already-set' });

    // A forgotten PIN: reset from the shell; the old PIN no longer opens, the new code sets one.
    const again = runKioskCli(['config', 'reset-pin', '--db', db]);
    const next = /One-time setup code: (\d{5}) (\d{5})/.exec(again.stdout)!;
    expect(await t.call('technicianUnlock', { pin: GOOD_PIN })).toEqual({ result: 'no-pin' });
    expect(await t.call('technicianSetFirstPin', { pin: '975310', setupCode: next[1]! + next[2]! })).toMatchObject({ result: 'unlocked' });
    await t.close();
  });

  it('`kiosk config set-pin` sets the PIN from standard input, never from the command line, and uses up a setup code', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kiosk.db');
    const reset = runKioskCli(['config', 'reset-pin', '--db', db]);
    const printed = /One-time setup code: (\d{5}) (\d{5})/.exec(reset.stdout)!;

    expect(runKioskCli(['config', 'set-pin', GOOD_PIN, '--db', db]).status).toBe(2);
    const weak = runKioskCli(['config', 'set-pin', '--db', db], { input: '123456\n' });
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('too easy to guess');
    const set = runKioskCli(['config', 'set-pin', '--db', db], { input: `${GOOD_PIN}\n` });
    expect(set.status).toBe(0);
    expect(set.stdout + set.stderr).not.toContain(GOOD_PIN);

    const t = await openTestHost(dir);
    expect(await t.call('technicianStatus', {})).toMatchObject({ pinSet: true, setupCodeIssued: false });
    expect(await t.call('technicianSetFirstPin', { pin: '975310', setupCode: printed[1]! + printed[2]! })).toEqual({ result: 'pin-already-set' });
    expect(await t.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'unlocked' });
    await t.close();
  });
});
