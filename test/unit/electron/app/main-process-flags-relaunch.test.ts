import { afterEach, describe, expect, it, vi } from 'vitest';
import { argsWithMainProcessFlags, FLAGS_RELAUNCH_MARKER, relaunchForMainProcessFlags, startDetached } from '../../../../electron/app/main-process-flags-relaunch.ts';
import type { FlagsRelaunchDeps } from '../../../../electron/app/main-process-flags-relaunch.ts';
import { log } from '../../../../electron/log/log.ts';
import { MAIN_PROCESS_ELECTRON_SWITCH as SWITCH } from '../../../../scripts/main-process-flags.mjs';

const FLAGS = '--no-memory-reducer --single-threaded-gc --max-semi-space-size=3';

const EXE = '/opt/Receipt Kiosk/receipt-kiosk';

function fakeApp(argv: string[], overrides: Partial<FlagsRelaunchDeps> = {}) {
  const relaunches: { args: string[] }[] = [];
  const started: { file: string; args: readonly string[]; marker: string | undefined }[] = [];
  const exits: number[] = [];
  const env: Record<string, string | undefined> = { HOME: '/home/kiosk' };
  const deps: FlagsRelaunchDeps = {
    argv,
    env,
    isPackaged: true,
    relaunch: (options) => relaunches.push(options),
    exit: (code) => exits.push(code),
    startDetached: (file, args, childEnv) => started.push({ file, args, marker: childEnv[FLAGS_RELAUNCH_MARKER] }) > 0,
    ...overrides,
  };
  return { deps, env, relaunches, started, exits };
}

afterEach(() => vi.restoreAllMocks());

describe('argsWithMainProcessFlags', () => {
  it('adds the switch to a bare command line and keeps the other arguments in order', () => {
    expect(SWITCH).toBe(`--js-flags=${FLAGS}`);
    expect(argsWithMainProcessFlags([])).toEqual([SWITCH]);
    expect(argsWithMainProcessFlags(['--enable-logging', 'kiosk://x'])).toEqual(['--enable-logging', 'kiosk://x', SWITCH]);
  });

  it('is null when the switch already carries the flags, alone or among others', () => {
    expect(argsWithMainProcessFlags([SWITCH])).toBeNull();
    expect(argsWithMainProcessFlags(['--js-flags=--single-threaded-gc --max-old-space-size=512  --no-memory-reducer --max-semi-space-size=3', '%U'])).toBeNull();
  });

  it('adds only the flags that are missing', () => {
    expect(argsWithMainProcessFlags(['--js-flags=--no-memory-reducer'])).toEqual([SWITCH]);
  });

  it('merges flags given in other --js-flags switches into one, since Chromium reads only the last', () => {
    expect(argsWithMainProcessFlags(['--js-flags=--max-old-space-size=512', '--x', '--js-flags=--trace-gc'])).toEqual([
      '--x',
      `--js-flags=--max-old-space-size=512 --trace-gc ${FLAGS}`,
    ]);
  });

  it('checks the last --js-flags, the only one Chromium reads, and merges them all when there are several', () => {
    expect(argsWithMainProcessFlags([SWITCH, '--js-flags=--trace-gc'])).toEqual([`--js-flags=${FLAGS} --trace-gc`]);
    expect(argsWithMainProcessFlags(['--js-flags=--trace-gc', SWITCH])).toEqual([`--js-flags=--trace-gc ${FLAGS}`]);
  });

  it('does not take a flag that only starts like it for the flag', () => {
    expect(argsWithMainProcessFlags(['--js-flags=--no-memory-reducer-x'])).toEqual([`--js-flags=--no-memory-reducer-x ${FLAGS}`]);
  });
});

describe('startDetached', () => {
  it('says whether the program started: a real one yes, a missing file no', () => {
    expect(startDetached('/bin/true', [], process.env)).toBe(true);
    expect(startDetached('/nonexistent/Receipt-Kiosk.AppImage', [], process.env)).toBe(false);
  });
});

describe('relaunchForMainProcessFlags', () => {
  it('an updated AppImage started with no arguments starts its file again, detached (not app.relaunch, whose helper runs from the mount), with the flags and the marker, and exits', () => {
    const info = vi.spyOn(log, 'info');
    const app = fakeApp(['/tmp/.mount_ReceipXYZ/receipt-kiosk'], { appImage: '/home/kiosk/Applications/Receipt-Kiosk.AppImage' });
    expect(relaunchForMainProcessFlags(app.deps)).toBe(true);
    expect(app.started).toEqual([{ file: '/home/kiosk/Applications/Receipt-Kiosk.AppImage', args: [SWITCH], marker: '1' }]);
    expect(app.relaunches).toEqual([]);
    expect(app.exits).toEqual([0]);
    expect(info).toHaveBeenCalledWith('starting again with the main process V8 flags', { flags: FLAGS });
  });

  it('an AppImage that cannot be started again goes on without the flags rather than leave the screen dark', () => {
    const warn = vi.spyOn(log, 'warn');
    const app = fakeApp(['/tmp/.mount_ReceipXYZ/receipt-kiosk'], { appImage: '/home/kiosk/gone.AppImage', startDetached: () => false });
    expect(relaunchForMainProcessFlags(app.deps)).toBe(false);
    expect(app.exits).toEqual([]);
    expect(app.env).not.toHaveProperty(FLAGS_RELAUNCH_MARKER);
    expect(warn).toHaveBeenCalledWith('could not start the AppImage again for the V8 flags: going on without', { flags: FLAGS });
  });

  it('an executable started bare (the Windows installer, its restart watchdog) starts itself again with its own arguments and the flags', () => {
    const app = fakeApp(['C:\\Program Files\\Receipt Kiosk\\Receipt Kiosk.exe', '--updated']);
    expect(relaunchForMainProcessFlags(app.deps)).toBe(true);
    expect(app.relaunches).toEqual([{ args: ['--updated', SWITCH] }]);
  });

  it('an instance started with the flags starts the kiosk', () => {
    const app = fakeApp([EXE, SWITCH, '%U']);
    expect(relaunchForMainProcessFlags(app.deps)).toBe(false);
    expect(app.relaunches).toEqual([]);
    expect(app.exits).toEqual([]);
  });

  it('the relaunched instance never starts itself again, even if the flags did not reach it, and says so', () => {
    const warn = vi.spyOn(log, 'warn');
    const app = fakeApp([EXE]);
    app.env[FLAGS_RELAUNCH_MARKER] = '1';
    expect(relaunchForMainProcessFlags(app.deps)).toBe(false);
    expect(app.relaunches).toEqual([]);
    expect(app.exits).toEqual([]);
    expect(warn).toHaveBeenCalledWith('started again for the V8 flags, and still without them: going on without', { flags: FLAGS });
  });

  it('takes the marker out of its environment, so an update it starts later (which inherits it) still gets its flags', () => {
    const relaunched = fakeApp([EXE, SWITCH]);
    relaunched.env[FLAGS_RELAUNCH_MARKER] = '1';
    expect(relaunchForMainProcessFlags(relaunched.deps)).toBe(false);
    expect(relaunched.env).not.toHaveProperty(FLAGS_RELAUNCH_MARKER);

    const updated = fakeApp(['/tmp/.mount_ReceipABC/receipt-kiosk'], { appImage: '/home/kiosk/Receipt-Kiosk.AppImage' });
    Object.assign(updated.env, relaunched.env);
    expect(relaunchForMainProcessFlags(updated.deps)).toBe(true);
    expect(updated.started).toHaveLength(1);
  });

  it('leaves a development start alone (npm start passes the flags itself)', () => {
    const app = fakeApp(['/repo/node_modules/electron/dist/electron', '.'], { isPackaged: false });
    expect(relaunchForMainProcessFlags(app.deps)).toBe(false);
    expect(app.relaunches).toEqual([]);
  });
});
