import { codeCommand, codeUsage } from './commands/code-command.ts';
import { lookupCommand, lookupUsage } from './commands/lookup-command.ts';
import { importCommand, importUsage } from './commands/import-command.ts';
import { statusCommand, statusUsage } from './commands/status-command.ts';
import { syncCommand, syncUsage } from './commands/sync-command.ts';
import { catalogueCommand, catalogueUsage } from './commands/catalogue-command.ts';
import { searchCommand, searchUsage } from './commands/search-command.ts';
import { scannersCommand, scannersUsage } from './commands/scanners-command.ts';
import { configCommand, configUsage } from './commands/config-command.ts';
import { doctorCommand, doctorUsage } from './commands/doctor-command.ts';
import { printersCommand, printersUsage } from './commands/printers-command.ts';
import { printCommand, printUsage } from './commands/print-command.ts';
import { UsageError } from './cli-io.ts';
import type { CliIo } from './cli-io.ts';

const USAGE = `Usage:
  ${codeUsage}
  ${lookupUsage}
  ${syncUsage}
  ${statusUsage}
  ${importUsage}
  ${catalogueUsage}
  ${searchUsage}
  ${scannersUsage}
  ${configUsage}
  ${doctorUsage}
  ${printersUsage}
  ${printUsage}`;

type Command = (argv: string[], io: CliIo) => number | Promise<number>;
const commands: Record<string, Command> = {
  code: codeCommand,
  lookup: lookupCommand,
  sync: syncCommand,
  status: statusCommand,
  import: importCommand,
  catalogue: catalogueCommand,
  search: searchCommand,
  scanners: scannersCommand,
  config: configCommand,
  doctor: doctorCommand,
  printers: printersCommand,
  print: printCommand,
};

/** The technicians' `kiosk` command. Returns the exit status; never throws. */
export async function runKioskCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`Unknown command "${name}".\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${(error as Error).message}\nUsage: ${USAGE}\n`);
      return 2;
    }
    io.stderr.write(`kiosk ${name} failed: ${(error as Error).message}\n`);
    return 2;
  }
}
