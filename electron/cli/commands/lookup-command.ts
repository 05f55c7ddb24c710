import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createKioskHost } from '../../host/kiosk-host.ts';
import { LookupResult } from '../../../shared/contract/index.ts';
import { statusSentence, timingLabel } from '../../../shared/i18n/index.ts';
import { resultDeliveryOf } from '../../../shared/status/index.ts';
import { Language } from '../../../shared/contract/index.ts';
import { printJson, UsageError } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const lookupUsage = 'kiosk lookup <code or raw scan> --db <file> [--lang vi|en]';

/** Prints what the kiosk would show for a scan, as JSON; exit 0 only when the dossier is found. */
export async function lookupCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, lang: { type: 'string', default: 'vi' } },
  });
  if (positionals.length !== 1 || !values.db) throw new UsageError(lookupUsage);
  const lang = Language.safeParse(values.lang);
  if (!lang.success) throw new UsageError('--lang must be vi or en.');
  if (!fs.existsSync(values.db)) {
    io.stderr.write(`No kiosk database at ${values.db}.\n`);
    return 2;
  }
  const host = await createKioskHost({ dbPath: values.db, backgroundSync: false });
  try {
    const response = await host.call('lookupDossier', { raw: positionals[0], source: 'keypad' });
    if (!response.ok) {
      io.stderr.write(`${response.error.message}\n`);
      return 2;
    }
    const result = LookupResult.parse(response.result);
    if (result.kind !== 'found') {
      printJson(io, result);
      return 1;
    }
    printJson(io, {
      ...result,
      shown: {
        status: statusSentence(lang.data, result.dossier.status, resultDeliveryOf(result.dossier.nextStep)),
        timing: timingLabel(lang.data, result.dossier.timing),
      },
    });
    return 0;
  } finally {
    await host.close();
  }
}
