import { spawn } from 'node:child_process';
import { MAIN_PROCESS_V8_FLAGS } from '../../scripts/main-process-flags.mjs';
import { log } from '../log/log.ts';

/** Set in the environment of the instance this one relaunches, so a relaunch can never repeat. */
export const FLAGS_RELAUNCH_MARKER = 'RECEIPT_KIOSK_FLAGS_RELAUNCH';

const JS_FLAGS = '--js-flags=';
const wordsOf = (arg: string) => arg.slice(JS_FLAGS.length).split(/\s+/).filter(Boolean);

/**
 * The command line again with the main process's V8 flags in one --js-flags switch, or null when
 * its --js-flags has them already. Chromium reads only the last --js-flags, so that is the one
 * checked, and the flags of every --js-flags given are merged into the one written.
 */
export function argsWithMainProcessFlags(args: readonly string[]): string[] | null {
  const switches = args.filter((arg) => arg.startsWith(JS_FLAGS));
  const last = switches.length > 0 ? wordsOf(switches.at(-1)!) : [];
  if (switches.length <= 1 && MAIN_PROCESS_V8_FLAGS.every((flag) => last.includes(flag))) return null;
  const given = [...new Set(switches.flatMap(wordsOf))];
  const missing = MAIN_PROCESS_V8_FLAGS.filter((flag) => !given.includes(flag));
  return [...args.filter((arg) => !arg.startsWith(JS_FLAGS)), `${JS_FLAGS}${[...given, ...missing].join(' ')}`];
}

/** Starts `file` with `args` in a session of its own, which outlives this process; false when it could not be started. */
export function startDetached(file: string, args: readonly string[], env: Record<string, string | undefined>): boolean {
  const child = spawn(file, args, { detached: true, stdio: 'ignore', env });
  child.once('error', () => undefined);
  child.unref();
  // A program that cannot be started (missing, not executable) has no pid, and says so synchronously.
  return child.pid !== undefined;
}

export interface FlagsRelaunchDeps {
  /** process.argv */
  argv: readonly string[];
  /** process.env: the marker is read from it and taken out, so no program this one starts inherits it. */
  env: Record<string, string | undefined>;
  isPackaged: boolean;
  /** process.env.APPIMAGE: an AppImage is started again from its file, not from its mount, which goes when it quits. */
  appImage?: string;
  /** app.relaunch (a deb's or a Windows install). */
  relaunch(options: { args: string[] }): void;
  exit(code: number): void;
  /** For an AppImage (startDetached): app.relaunch's helper runs from the mount that goes away as this instance quits. */
  startDetached?: (file: string, args: readonly string[], env: Record<string, string | undefined>) => boolean;
}

/**
 * V8 reads the main process's flags (scripts/main-process-flags.mjs) only at start, and some
 * starts cannot pass them: electron-updater starts an updated AppImage with no arguments, and
 * the Windows installer starts the executable bare. Such an instance of the packaged app starts
 * itself again with them, once. True when it did (then it is exiting: start nothing). Before
 * the kiosk takes its single-instance lock, so the new instance can take it.
 */
export function relaunchForMainProcessFlags(deps: FlagsRelaunchDeps): boolean {
  const relaunched = deps.env[FLAGS_RELAUNCH_MARKER] === '1';
  delete deps.env[FLAGS_RELAUNCH_MARKER];
  if (!deps.isPackaged) return false;
  const args = argsWithMainProcessFlags(deps.argv.slice(1));
  if (args === null) return false;
  const flags = { flags: MAIN_PROCESS_V8_FLAGS.join(' ') };
  if (relaunched) {
    log.warn('started again for the V8 flags, and still without them: going on without', flags);
    return false;
  }
  deps.env[FLAGS_RELAUNCH_MARKER] = '1';
  if (deps.appImage) {
    if (!(deps.startDetached ?? startDetached)(deps.appImage, args, deps.env)) {
      delete deps.env[FLAGS_RELAUNCH_MARKER];
      log.warn('could not start the AppImage again for the V8 flags: going on without', flags);
      return false;
    }
  } else deps.relaunch({ args });
  log.info('starting again with the main process V8 flags', flags);
  deps.exit(0);
  return true;
}
