import { parseArgs } from 'node:util';
import { parseReceiptCode } from '../../../shared/receipt-code/index.ts';
import { printJson, UsageError } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const codeUsage = 'kiosk code <raw scan> [--pattern <regex>] [--prefix <s>] [--suffix <s>]';

/** Prints the parse of one raw scan; exit 0 when it is a dossier code, 1 when it is not. */
export function codeCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { pattern: { type: 'string' }, prefix: { type: 'string' }, suffix: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError(codeUsage);
  const result = parseReceiptCode(positionals[0]!, {
    extraPattern: values.pattern ?? null,
    prefix: values.prefix ?? null,
    suffix: values.suffix ?? null,
  });
  printJson(io, result);
  return result.ok ? 0 : 1;
}
