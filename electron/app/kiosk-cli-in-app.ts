import fs from 'node:fs';
import type { App } from 'electron';
import { runKioskCli } from '../cli/kiosk-cli.ts';
import type { CliIo } from '../cli/cli-io.ts';
import { setDefaultNativeBinding } from '../db/open-database.ts';
import { kioskPaths } from './kiosk-paths.ts';

/** A command word (`config`, `reset-pin`): never a path, a URL or a switch, which a start may carry. */
const COMMAND_WORD = /^[a-z][a-z-]*$/;

/** Commands that never open the kiosk's database (they take no --db). */
export const COMMANDS_WITHOUT_DATABASE: ReadonlySet<string> = new Set(['help', 'code', 'scanners', 'printers']);

/**
 * The `kiosk` command line given to the executable (`receipt-kiosk config reset-pin`, or
 * `receipt-kiosk --cli config reset-pin`), or null for a kiosk start. Leading Chromium
 * switches (`--ozone-platform=headless`) are skipped; `electron .` (defaultApp) has the app's
 * folder before them.
 */
export function kioskCliArguments(argv: readonly string[], defaultApp: boolean): string[] | null {
  const args = argv.slice(defaultApp ? 2 : 1);
  const first = args.findIndex((arg) => arg === '--cli' || !arg.startsWith('-'));
  if (first === -1) return null;
  if (args[first] === '--cli') return args.slice(first + 1);
  return COMMAND_WORD.test(args[first]!) ? args.slice(first) : null;
}

/** The kiosk's own database as --db, unless the technician named one or the command opens none. */
export function withKioskDatabase(args: readonly string[], dbPath: string): string[] {
  const [name] = args;
  if (name === undefined || COMMANDS_WITHOUT_DATABASE.has(name)) return [...args];
  if (args.some((arg) => arg === '--db' || arg.startsWith('--db='))) return [...args];
  return [...args, '--db', dbPath];
}

export interface KioskCliInAppDeps {
  app: Pick<App, 'getAppPath' | 'getPath' | 'isPackaged' | 'exit'>;
  args: readonly string[];
  /** process.resourcesPath: where the Electron build of better-sqlite3 is packaged. */
  resourcesPath: string;
  io?: CliIo;
  exists?: (file: string) => boolean;
}

function flushed(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/**
 * Runs the `kiosk` CLI inside the packaged executable (its fuses forbid ELECTRON_RUN_AS_NODE),
 * on the database and with the better-sqlite3 build the kiosk itself uses, then exits with
 * the CLI's status once its output is written. No window, no single-instance lock.
 */
export async function runKioskCliInApp(deps: KioskCliInAppDeps): Promise<number> {
  const io = deps.io ?? { stdout: process.stdout, stderr: process.stderr };
  let status: number;
  try {
    const paths = kioskPaths({
      appPath: deps.app.getAppPath(),
      userDataPath: deps.app.getPath('userData'),
      resourcesPath: deps.resourcesPath,
      isPackaged: deps.app.isPackaged,
      exists: deps.exists ?? fs.existsSync,
    });
    setDefaultNativeBinding(paths.nativeBinding);
    status = await runKioskCli(withKioskDatabase(deps.args, paths.dbPath), io);
  } catch (error) {
    io.stderr.write(`kiosk failed: ${error instanceof Error ? error.message : String(error)}\n`);
    status = 2;
  }
  // app.exit() ends the process at once: output still queued for a pipe (`| more`) would be lost.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  deps.app.exit(status);
  return status;
}
