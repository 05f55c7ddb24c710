import { MAIN_PROCESS_V8_FLAGS } from '../../scripts/main-process-flags.mjs';
import { log } from '../log/log.ts';

/** Set in the environment of the instance this one relaunches, so a relaunch can never repeat. */
export const FLAGS_RELAUNCH_MARKER = 'RECEIPT_KIOSK_FLAGS_RELAUNCH';

const JS_FLAGS = '--js-flags=';

/**
 * The command line again with the main process's V8 flags in its one --js-flags switch, or null
 * when it has them already. Flags given there before stay (Chromium reads only the last
 * --js-flags, so they are merged into one).
 */
export function argsWithMainProcessFlags(args: readonly string[]): string[] | null {
  const given = args.filter((arg) => arg.startsWith(JS_FLAGS)).flatMap((arg) => arg.slice(JS_FLAGS.length).split(/\s+/).filter(Boolean));
  const missing = MAIN_PROCESS_V8_FLAGS.filter((flag) => !given.includes(flag));
  if (missing.length === 0) return null;
  return [...args.filter((arg) => !arg.startsWith(JS_FLAGS)), `${JS_FLAGS}${[...given, ...missing].join(' ')}`];
}

export interface FlagsRelaunchDeps {
  /** process.argv */
  argv: readonly string[];
  /** process.env: the marker is read from it and taken out, so no program this one starts inherits it. */
  env: Record<string, string | undefined>;
  isPackaged: boolean;
  /** process.env.APPIMAGE: an AppImage must be started again from its file, not from its mount, which goes when it quits. */
  appImage?: string;
  relaunch(options: { execPath?: string; args: string[] }): void;
  exit(code: number): void;
}

/**
 * V8 reads the main process's flags (scripts/main-process-flags.mjs) only at start, and some
 * starts cannot pass them: electron-updater starts an updated AppImage with no arguments, and
 * the Windows installer and its restart watchdog start the executable bare. Such an instance of
 * the packaged app starts itself again with them, once. True when it did (then it is exiting:
 * start nothing).
 */
export function relaunchForMainProcessFlags(deps: FlagsRelaunchDeps): boolean {
  const relaunched = deps.env[FLAGS_RELAUNCH_MARKER] === '1';
  delete deps.env[FLAGS_RELAUNCH_MARKER];
  if (!deps.isPackaged) return false;
  const args = argsWithMainProcessFlags(deps.argv.slice(1));
  if (args === null) return false;
  if (relaunched) {
    log.warn('started again for the V8 flags, and still without them: going on without', { flags: MAIN_PROCESS_V8_FLAGS.join(' ') });
    return false;
  }
  log.info('starting again with the main process V8 flags', { flags: MAIN_PROCESS_V8_FLAGS.join(' ') });
  deps.env[FLAGS_RELAUNCH_MARKER] = '1';
  deps.relaunch(deps.appImage ? { execPath: deps.appImage, args } : { args });
  deps.exit(0);
  return true;
}
