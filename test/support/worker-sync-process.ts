// A kiosk process whose change feed is written by the sync worker, for the crash test:
// `node --import tsx worker-sync-process.ts <server url> <token> <db file> <feed worker script> <page size>`.
// Prints `page N` on stderr after each page the worker committed.
import { openDatabase } from '../../electron/db/open-database.ts';
import { syncFeedInWorker } from '../../electron/sync/sync-writer.ts';

const [url, token, file, script, pageSize] = process.argv.slice(2);
// The host's own connection stays open, as in the kiosk, while the worker writes through its own.
const db = openDatabase(file!);
const outcome = await syncFeedInWorker({
  script: script!,
  data: { client: { protocol: 'kiosk', baseUrl: url!, token: token!, kioskId: 'crash-test' }, format: 'kiosk', dbPath: file!, pageSize: Number(pageSize) },
  onProgress: ({ pages }) => process.stderr.write(`page ${pages}\n`),
});
db.close();
process.stdout.write(`${JSON.stringify(outcome.report)}\n`);
