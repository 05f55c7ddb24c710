// The production build of the main process (dist-electron/main.cjs built with --production,
// as `npm run dist` packs it) started in plain Node with 'electron' replaced by a recording
// stand-in: the flags it starts with, without an Electron binary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { AuditLog } from '../../../../electron/audit/audit-log.ts';
import { TechnicianAuth } from '../../../../electron/technician/technician-auth.ts';
import { MAIN_PROCESS_ELECTRON_SWITCH } from '../../../../scripts/main-process-flags.mjs';
import { preparePackagingProject } from './packaging-project.ts';
import type { PackagingProject } from './packaging-project.ts';

const runner = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fake-electron-runner.ts');
let project: PackagingProject;

beforeAll(async () => {
  project = await preparePackagingProject();
  // No stand-in Electron build of better-sqlite3 here: the Node build in node_modules opens the database.
  fs.rmSync(path.join(project.project, 'build', 'native'), { recursive: true, force: true });
}, 120_000);
// Removing the copied node_modules takes a while on a busy machine.
afterAll(() => project?.remove(), 180_000);

type Report = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Run {
  report: Report;
  /** What the main process printed before the runner's report. */
  stdout: string;
  stderr: string;
}

/** Started as its desktop entry starts it (with the V8 switch), or with `args`. */
function run(isPackaged: boolean, extra: { userData?: string; cliArgs?: string[]; args?: string[]; input?: string } = {}): Run {
  const userData = extra.userData ?? fs.mkdtempSync(path.join(project.dir, 'userdata-'));
  const args = extra.args ?? [MAIN_PROCESS_ELECTRON_SWITCH];
  const options = { appPath: project.project, userData, resourcesPath: path.join(project.dir, 'resources'), isPackaged, cliArgs: extra.cliArgs, args };
  const result = spawnSync(process.execPath, ['--import', 'tsx', runner, path.join(project.project, 'dist-electron', 'main.cjs'), JSON.stringify(options)], {
    cwd: project.project,
    encoding: 'utf8',
    env: { ...process.env, KIOSK_LOG: 'silent', NODE_ENV: '' },
    input: extra.input ?? '',
    timeout: 60_000,
  });
  const lines = result.stdout.trim().split('\n');
  const line = lines.at(-1) ?? '';
  if (!line.startsWith('{')) throw new Error(`the main process did not report:\n${result.stdout}\n${result.stderr}`);
  return { report: JSON.parse(line) as Report, stdout: lines.slice(0, -1).join('\n'), stderr: result.stderr };
}

function start(isPackaged: boolean): Report {
  return run(isPackaged).report;
}

describe.each([
  ['packaged', true],
  // The production bundle is a production kiosk even unpackaged: NODE_ENV is baked in.
  ['unpackaged, production bundle', false],
])('the production main process (%s)', (_name, isPackaged) => {
  let report: Report;
  beforeAll(() => {
    report = start(isPackaged);
  }, 90_000);

  it('starts and loads the kiosk page from kiosk://, with a working host behind IPC', () => {
    expect(report.timedOut).toBeUndefined();
    expect(report.exitedEarly).toBeUndefined();
    expect(report.exitCode).toBeUndefined();
    expect(report.calls).toContain('loadURL kiosk://app/index.html');
    expect(report.kioskInfo).toMatchObject({ ok: true, result: { version: '0.1.0', demo: true } });
    expect(report.protocolHandled).toBe('kiosk');
    expect(report.schemes).toEqual([{ scheme: 'kiosk', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('opens one full-screen kiosk window: sandboxed, isolated, no Node, no devtools', () => {
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0]).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        devTools: false,
      },
    });
    expect(report.windows[0].webPreferences.preload).toBe(path.join(project.project, 'dist-electron', 'preload.cjs'));
  });

  it('enables the sandbox app-wide, removes the menu, swallows reload, refuses navigation, pop-ups, permissions and remote requests', () => {
    expect(report.sandbox).toBe(true);
    expect(report.menu).toBeNull();
    expect(report.switches).toContainEqual(['overscroll-history-navigation', '0']);
    // No "unlock keyring" dialog on the lobby screen under auto-login (safe-storage-sealer.ts).
    if (process.platform === 'linux') expect(report.switches).toContainEqual(['password-store', 'basic']);
    expect(report.reloadShortcutSwallowed).toBe(true);
    expect(report.zoomLimits).toEqual([1, 1]);
    expect(report.zoomLevel).toBe(0);
    expect(report.navigationPrevented).toBe(true);
    expect(report.windowOpen).toEqual({ action: 'deny' });
    expect(report.cameraGranted).toBe(false);
    expect(report.remoteCancelled).toBe(true);
    expect(report.foreignCall).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('watches the renderer for crashes and hangs, and the window for input (the updater’s idle signal)', () => {
    expect(report.listeners.webContents).toEqual(expect.arrayContaining(['render-process-gone', 'did-fail-load', 'input-event', 'before-input-event']));
    expect(report.listeners.window).toEqual(expect.arrayContaining(['unresponsive', 'responsive']));
  });
});

// A deb, AppImage or NSIS install has no `kiosk` script: its executable runs the CLI itself.
describe('the production main process started with a kiosk command (receipt-kiosk config …)', () => {
  const withAuth = async <T>(userData: string, use: (auth: TechnicianAuth) => Promise<T>): Promise<T> => {
    const db = openDatabase(path.join(userData, 'kiosk.db'));
    try {
      return await use(new TechnicianAuth({ db, audit: new AuditLog(db), now: () => new Date() }));
    } finally {
      db.close();
    }
  };

  it('config reset-pin prints a setup code for the kiosk’s own database and exits 0, with no window and no lock', async () => {
    const userData = fs.mkdtempSync(path.join(project.dir, 'userdata-'));
    const { report, stdout } = run(true, { userData, cliArgs: ['config', 'reset-pin'] });
    expect(report.exitCode).toBe(0);
    expect(report.windows).toEqual([]);
    expect(report.calls).not.toContain('requestSingleInstanceLock');
    const code = /setup code: (\d{5}) (\d{5})/.exec(stdout);
    expect(code, stdout).not.toBeNull();
    // The code the shell printed is the one the kiosk's technician screen accepts.
    await expect(withAuth(userData, (auth) => auth.setFirstPin('482915', `${code![1]}${code![2]}`))).resolves.toEqual({ result: 'changed' });
  }, 90_000);

  it('--cli config set-pin reads the PIN from standard input, refuses a weak one and keeps the old', async () => {
    const userData = fs.mkdtempSync(path.join(project.dir, 'userdata-'));
    const set = run(true, { userData, cliArgs: ['--cli', 'config', 'set-pin'], input: '482915\n' });
    expect(set.report.exitCode).toBe(0);
    expect(set.stdout).toContain('The technician PIN is set');
    const weak = run(true, { userData, cliArgs: ['config', 'set-pin'], input: '111111\n' });
    expect(weak.report.exitCode).toBe(1);
    expect(weak.stderr).toContain('PIN refused');
    await expect(withAuth(userData, (auth) => auth.check('482915'))).resolves.toEqual({ result: 'right' });
  }, 90_000);

  it('passes the CLI’s usage errors through with status 2, and still starts the kiosk when given only switches', () => {
    const unknown = run(true, { cliArgs: ['frobnicate'] });
    expect(unknown.report.exitCode).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    expect(unknown.report.windows).toEqual([]);
    const started = run(true, { cliArgs: ['--updated', MAIN_PROCESS_ELECTRON_SWITCH] }).report;
    expect(started.calls).toContain('requestSingleInstanceLock');
    expect(started.calls).toContain('loadURL kiosk://app/index.html');
  }, 90_000);

  it('started bare (an updated AppImage, the Windows installer), it starts itself again with the V8 switch and its arguments, and opens nothing', () => {
    const bare = run(true, { args: ['--updated'] }).report;
    expect(bare.relaunch).toEqual({ args: ['--updated', MAIN_PROCESS_ELECTRON_SWITCH] });
    expect(bare.exitCode).toBe(0);
    expect(bare.calls).not.toContain('requestSingleInstanceLock');
    expect(bare.windows).toEqual([]);
  }, 90_000);
});
