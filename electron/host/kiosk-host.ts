import { z } from 'zod';
import { isKioskMethodName, kioskMethods } from '../../shared/contract/index.ts';
import type { CallResponse, KioskEvent, KioskMethodName, MethodOutput } from '../../shared/contract/index.ts';
import { appRoot } from '../app-root.ts';
import path from 'node:path';
import { openDatabase } from '../db/open-database.ts';
import { loadDemoData } from '../demo/load-demo-data.ts';
import { DossierStore } from '../dossiers/dossier-store.ts';
import { createDossierLookup } from '../dossiers/lookup-dossier.ts';
import { SettingsStore } from '../settings/settings-store.ts';
import { SyncStateStore } from '../sync/sync-state-store.ts';
import { SyncService } from '../sync/sync-service.ts';
import { SecretStore } from '../settings/secret-store.ts';
import { randomUUID } from 'node:crypto';
import { ProcedureStore } from '../catalogue/procedure-store.ts';
import { ProcedureSearch } from '../catalogue/procedure-search.ts';
import { loadDemoProcedures } from '../catalogue/load-demo-procedures.ts';
import { log } from '../log/log.ts';
import type { KioskHost, KioskHostOptions } from './kiosk-host.types.ts';

type Handlers = { [M in KioskMethodName]: (input: z.output<(typeof kioskMethods)[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>> };

const VERSION = '0.1.0';

/** Opens the cache, loads demo data when there is nothing else, and serves the KioskApi. */
export async function createKioskHost(options: KioskHostOptions): Promise<KioskHost> {
  const now = options.now ?? (() => new Date());
  const db = openDatabase(options.dbPath, { nativeBinding: options.nativeBinding });
  const settings = new SettingsStore(db);
  const syncState = new SyncStateStore(db);
  const store = new DossierStore(db);
  const secrets = new SecretStore(db, options.secretSealer ?? null);
  const listeners = new Set<(event: KioskEvent) => void>();
  const emit = (event: KioskEvent) => listeners.forEach((listener) => listener(event));
  if (settings.get('kioskId') === null) settings.set('kioskId', `kiosk-${randomUUID().slice(0, 8)}`);
  const sync = new SyncService({
    db,
    store,
    state: syncState,
    settings,
    secrets,
    now,
    onStatus: (payload) => emit({ type: 'syncStatus', payload }),
    dbPath: options.dbPath,
    version: VERSION,
  });

  const procedures = new ProcedureStore(db);
  const procedureSearch = new ProcedureSearch(db);
  if (options.demoWhenEmpty && settings.get('districtServerUrl') === null) {
    const assetsDir = options.assetsDir ?? path.join(appRoot(), 'assets');
    if (store.count() === 0) log.info('demo dossiers loaded', loadDemoData(db, assetsDir, now()));
    if (procedures.count() === 0) log.info('demo procedures loaded', loadDemoProcedures(db, assetsDir, now()));
  }

  const lookup = createDossierLookup({
    store,
    now,
    dataAsOf: () => syncState.dataAsOf(),
    siteAgencyCodes: () => {
      const configured = settings.get('siteAgencyCodes');
      return configured.length > 0 ? configured : store.agencies.servedCodes();
    },
    codeOptions: () => {
      const s = settings.getAll();
      return { extraPattern: s.receiptExtraPattern, prefix: s.scannerPrefix, suffix: s.scannerSuffix };
    },
  });

  if (options.backgroundSync !== false) sync.start();

  const handlers: Handlers = {
    getKioskInfo: () => {
      const s = settings.getAll();
      const sync = syncState.status();
      return {
        version: VERSION,
        demo: sync.state === 'demo',
        siteName: s.siteName,
        defaultLanguage: s.defaultLanguage,
        idleTimeoutSec: options.idleTimeoutSec ?? s.idleTimeoutSec,
        sync,
      };
    },
    listFields: () => ({ fields: procedures.listFields() }),
    listProcedures: ({ field, offset, limit }) => procedures.listByField(field, { offset, limit }),
    searchProcedures: ({ query, field, limit }) => procedureSearch.search(query, { field, limit }),
    getProcedure: ({ code }) => ({ procedure: procedures.findByCode(code) ?? null }),
    lookupDossier: async ({ raw }) => {
      const result = lookup(raw);
      if (result.kind === 'not-found' && (await sync.liveLookup(result.code))) return lookup(raw);
      return result;
    },
  };

  const run = async <M extends KioskMethodName>(method: M, input: unknown): Promise<CallResponse> => {
    const spec = kioskMethods[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: z.prettifyError(parsed.error) } };
    }
    const handler = handlers[method] as (input: unknown) => unknown;
    const result = spec.output.parse(await handler(parsed.data));
    return { ok: true, result };
  };

  return {
    async call(method, input) {
      if (typeof method !== 'string' || !isKioskMethodName(method)) {
        return { ok: false, error: { code: 'unknown-method', message: `Unknown method "${String(method).slice(0, 64)}".` } };
      }
      try {
        return await run(method, input);
      } catch (error) {
        log.error('call failed', { method, error: error instanceof Error ? error.name : 'unknown' });
        return { ok: false, error: { code: 'internal', message: 'The kiosk could not complete this request.' } };
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      sync.stop();
      listeners.clear();
      db.close();
    },
  };
}
