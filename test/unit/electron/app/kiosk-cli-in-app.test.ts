// The `kiosk` CLI run by the packaged executable (`receipt-kiosk config reset-pin`): which
// command lines are CLI calls, and the real CLI run on a real SQLite file in the kiosk's own
// user-data folder, with electron mocked.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import { COMMANDS_WITHOUT_DATABASE, kioskCliArguments, runKioskCliInApp, withKioskDatabase } from '../../../../electron/app/kiosk-cli-in-app.ts';
import { runKioskCli } from '../../../../electron/cli/kiosk-cli.ts';
import { openDatabase, setDefaultNativeBinding } from '../../../../electron/db/open-database.ts';
import { AuditLog } from '../../../../electron/audit/audit-log.ts';
import { TechnicianAuth } from '../../../../electron/technician/technician-auth.ts';

vi.mock('electron', () => ({}));

const NODE_SQLITE_ADDON = path.resolve('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
let dir: string;
beforeAll(() => {
  vi.stubEnv('KIOSK_LOG', 'silent');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-cli-in-app-'));
});
afterEach(() => setDefaultNativeBinding(undefined));
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('kioskCliArguments', () => {
  const exe = '/opt/Receipt Kiosk/receipt-kiosk';
  it('reads a command after the packaged executable, with or without --cli', () => {
    expect(kioskCliArguments([exe, 'config', 'reset-pin'], false)).toEqual(['config', 'reset-pin']);
    expect(kioskCliArguments([exe, '--cli', 'config', 'reset-pin'], false)).toEqual(['config', 'reset-pin']);
    expect(kioskCliArguments([exe, '--cli'], false)).toEqual([]);
    expect(kioskCliArguments([exe, 'status', '--json'], false)).toEqual(['status', '--json']);
  });

  it('skips leading Chromium switches, and the app folder of `electron .`', () => {
    expect(kioskCliArguments([exe, '--ozone-platform=headless', 'config', 'get'], false)).toEqual(['config', 'get']);
    expect(kioskCliArguments(['/usr/bin/electron', '.', 'doctor'], true)).toEqual(['doctor']);
    expect(kioskCliArguments(['/usr/bin/electron', '.'], true)).toBeNull();
  });

  it('is a kiosk start with no arguments, only switches, a path or a URL', () => {
    expect(kioskCliArguments([exe], false)).toBeNull();
    expect(kioskCliArguments([exe, '--updated', '--force-run'], false)).toBeNull();
    expect(kioskCliArguments([exe, '/home/kiosk/file.txt'], false)).toBeNull();
    expect(kioskCliArguments([exe, 'https://example.com/'], false)).toBeNull();
    expect(kioskCliArguments(['C:\\Users\\kiosk\\AppData\\Local\\Programs\\receipt-kiosk\\receipt-kiosk.exe', 'C:\\x'], false)).toBeNull();
  });
});

describe('withKioskDatabase', () => {
  it('adds the kiosk database unless one is named or the command opens none', () => {
    expect(withKioskDatabase(['config', 'reset-pin'], '/k/kiosk.db')).toEqual(['config', 'reset-pin', '--db', '/k/kiosk.db']);
    expect(withKioskDatabase(['status', '--db', '/other.db'], '/k/kiosk.db')).toEqual(['status', '--db', '/other.db']);
    expect(withKioskDatabase(['status', '--db=/other.db'], '/k/kiosk.db')).toEqual(['status', '--db=/other.db']);
    expect(withKioskDatabase(['code', 'HS-1'], '/k/kiosk.db')).toEqual(['code', 'HS-1']);
    expect(withKioskDatabase([], '/k/kiosk.db')).toEqual([]);
  });

  it('knows which commands take --db, as the CLI’s own usage says', async () => {
    let usage = '';
    await runKioskCli(['help'], { stdout: { write: (text: string) => (usage += text) }, stderr: { write: () => true } });
    const takesDb = new Map<string, boolean>();
    for (const match of usage.matchAll(/^\s*kiosk ([a-z-]+)(.*)$/gm)) {
      takesDb.set(match[1]!, (takesDb.get(match[1]!) ?? false) || match[2]!.includes('--db'));
    }
    expect(takesDb.size).toBeGreaterThan(5);
    for (const [name, db] of takesDb) expect({ name, withoutDatabase: COMMANDS_WITHOUT_DATABASE.has(name) }).toEqual({ name, withoutDatabase: !db });
  });
});

describe('runKioskCliInApp', () => {
  function fakeApp(userData: string, isPackaged = true) {
    return { getAppPath: () => dir, getPath: (name: string) => (name === 'userData' ? userData : dir), isPackaged, exit: vi.fn() };
  }
  function captured() {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } } };
  }

  it('reset-pin issues a setup code on the kiosk’s own database, which sets the first PIN, then exits 0', async () => {
    const userData = fs.mkdtempSync(path.join(dir, 'userdata-'));
    const resources = fs.mkdtempSync(path.join(dir, 'resources-'));
    const app = fakeApp(userData);
    const { out, io } = captured();
    const status = await runKioskCliInApp({ app: app as unknown as App, args: ['config', 'reset-pin'], resourcesPath: resources, io });

    expect(status).toBe(0);
    expect(app.exit).toHaveBeenCalledWith(0);
    const code = /setup code: (\d{5}) (\d{5})/.exec(out.stdout);
    expect(code, out.stdout + out.stderr).not.toBeNull();
    const db = openDatabase(path.join(userData, 'kiosk.db'));
    try {
      const auth = new TechnicianAuth({ db, audit: new AuditLog(db), now: () => new Date() });
      await expect(auth.setFirstPin('482915', `${code![1]}${code![2]}`)).resolves.toEqual({ result: 'changed' });
      await expect(auth.check('482915')).resolves.toEqual({ result: 'right' });
    } finally {
      db.close();
    }
  });

  it('opens the database with the packaged better-sqlite3 build in resources/native', async () => {
    const userData = fs.mkdtempSync(path.join(dir, 'userdata-'));
    const resources = fs.mkdtempSync(path.join(dir, 'resources-'));
    fs.mkdirSync(path.join(resources, 'native'));
    fs.writeFileSync(path.join(resources, 'native', 'better_sqlite3.node'), 'not an addon');
    const broken = captured();
    const app = fakeApp(userData);
    expect(await runKioskCliInApp({ app: app as unknown as App, args: ['config', 'reset-pin'], resourcesPath: resources, io: broken.io })).toBe(2);
    expect(app.exit).toHaveBeenCalledWith(2);
    expect(broken.out.stderr).toContain('kiosk config failed');
    expect(broken.out.stdout).not.toContain('setup code');

    fs.copyFileSync(NODE_SQLITE_ADDON, path.join(resources, 'native', 'better_sqlite3.node'));
    const working = captured();
    expect(await runKioskCliInApp({ app: fakeApp(userData) as unknown as App, args: ['config', 'reset-pin'], resourcesPath: resources, io: working.io })).toBe(0);
    expect(working.out.stdout).toMatch(/setup code: \d{5} \d{5}/);
  });

  it('passes the CLI’s own status and messages through: a usage error exits 2', async () => {
    const userData = fs.mkdtempSync(path.join(dir, 'userdata-'));
    const app = fakeApp(userData);
    const { out, io } = captured();
    expect(await runKioskCliInApp({ app: app as unknown as App, args: ['frobnicate'], resourcesPath: dir, io })).toBe(2);
    expect(app.exit).toHaveBeenCalledWith(2);
    expect(out.stderr).toContain('Unknown command "frobnicate"');
    expect(fs.existsSync(path.join(userData, 'kiosk.db'))).toBe(false);
  });
});
