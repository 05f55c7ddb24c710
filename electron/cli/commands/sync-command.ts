import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/open-database.ts';
import { syncCatalogue } from '../../sync/catalogue-sync.ts';
import { chooseDistrictServer } from '../../sync/district-server/choose-district-server.ts';
import { inProcessFeedSource } from '../../sync/feed-page-source.ts';
import { syncFeedUnlessLookupOnly } from '../../sync/lookup-only-feed.ts';
import { retryQuarantinedDossiers } from '../../sync/retry-quarantined.ts';
import { SyncError } from '../../sync/sync-error.ts';
import { kioskStores } from '../../stores/kiosk-stores.ts';
import { printJson, UsageError } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const syncUsage = 'kiosk sync --server <url> --token <token> --db <file> [--format kiosk|national] [--ca <pem file>] [--page-size <n>] [--accept-smaller] [--json]';

/** One sync run from a shell, to the end of the feed; exit 1 when it failed. */
export async function syncCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      server: { type: 'string' },
      token: { type: 'string' },
      db: { type: 'string' },
      // Default: the kiosk's districtProtocol setting.
      format: { type: 'string' },
      ca: { type: 'string' },
      'page-size': { type: 'string', default: '5000' },
      json: { type: 'boolean', default: false },
      // A full resync far smaller than the cache is refused unless the technician confirms it.
      'accept-smaller': { type: 'boolean', default: false },
    },
  });
  if (!values.server || !values.token || !values.db) throw new UsageError(syncUsage);
  if (values.format !== undefined && values.format !== 'kiosk' && values.format !== 'national') throw new UsageError('--format must be kiosk or national.');
  const pageSize = Number(values['page-size']);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 5000) throw new UsageError('--page-size must be a whole number from 1 to 5000.');
  const db = openDatabase(values.db);
  const { syncState: state, settings, dossiers: store } = kioskStores(db);
  const started = Date.now();
  try {
    // The feed's format names the protocol: a national-format server answers TraCuuHoSo for one dossier.
    const format = (values.format as 'kiosk' | 'national' | undefined) ?? settings.get('districtProtocol');
    const client = chooseDistrictServer(format, {
      baseUrl: values.server,
      token: values.token,
      kioskId: settings.get('kioskId') ?? 'kiosk-cli',
      ca: values.ca ? fs.readFileSync(values.ca, 'utf8') : undefined,
    });
    const { report, lookupOnly } = await syncFeedUnlessLookupOnly({
      db,
      store,
      state,
      source: inProcessFeedSource(client, format),
      now: () => new Date(),
      pageSize,
      acceptSmaller: values['accept-smaller'],
      onProgress: ({ pages, records }) => {
        if (!values.json) io.stderr.write(`\rpage ${pages}, ${records} records`);
      },
    });
    const retried = await retryQuarantinedDossiers({ db, store, client, now: () => new Date(), format });
    const catalogue = await syncCatalogue(db, client, state, new Date(), { acceptSmaller: values['accept-smaller'] });
    state.recordSuccess('server', new Date());
    const summary = {
      ok: true,
      ...report,
      lookupOnly,
      repaired: retried.repaired,
      stillQuarantined: retried.remaining,
      procedures: catalogue.notModified ? 'unchanged' : catalogue.written,
      seconds: (Date.now() - started) / 1000,
    };
    if (values.json) printJson(io, summary);
    else
      io.stdout.write(
        lookupOnly
          ? `\nThe server offers no change feed (a lookup-only server): nothing to sync; the kiosk looks each scanned code up live. Catalogue: ${summary.procedures}.\n`
          : `\nSynced ${report.applied} changes (${report.ignored} already known, ${report.deleted} deleted, ${report.quarantined} quarantined) in ${summary.seconds.toFixed(1)} s${report.fullResync ? ' (full resync)' : ''}.\n`,
      );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    state.recordFailure(new Date(), message);
    if (values.json) printJson(io, { ok: false, kind: error instanceof SyncError ? error.kind : 'internal', error: message });
    else io.stderr.write(`\nSync failed: ${message}\n`);
    return 1;
  } finally {
    db.close();
  }
}
