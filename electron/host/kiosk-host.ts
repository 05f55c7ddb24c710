import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { isKioskMethodName, kioskMethods } from '../../shared/contract/index.ts';
import { SYNC_SETTING_KEYS } from '../../shared/contract/setting-origins.ts';
import type { CallResponse, KioskEvent, KioskMethodName } from '../../shared/contract/index.ts';
import { appRoot } from '../app-root.ts';
import { appVersion } from '../app-version.ts';
import { loadDemoProcedures } from '../catalogue/load-demo-procedures.ts';
import { siteProcedureSearch } from '../catalogue/site-procedure-search.ts';
import { ProcedureStore } from '../catalogue/procedure-store.ts';
import { loadDemoData } from '../demo/load-demo-data.ts';
import { attachLogFiles, log } from '../log/log.ts';
import { PrinterService } from '../printer/printer-service.ts';
import { openDatabaseWithRecovery } from '../db/database-recovery.ts';
import { DossierRetentionService } from '../retention/dossier-retention-service.ts';
import { startScannerService } from './start-scanner-service.ts';
import { SettingChanges } from '../settings/setting-changes.ts';
import { watchSettingsWrittenElsewhere } from '../settings/settings-written-elsewhere.ts';
import { SyncService } from '../sync/sync-service.ts';
import { resolveUpdateFeed } from '../updates/update-feed.ts';
import { SessionRefused } from '../technician/session-refused.ts';
import { TechnicianSessionCheck } from '../technician/technician-session-check.ts';
import { dossierHandlers } from './handlers/dossier-handlers.ts';
import type { Handlers } from './handlers/handler-types.ts';
import { kioskInfoHandlers } from './handlers/kiosk-info-handlers.ts';
import { printHandlers } from './handlers/print-handlers.ts';
import { speechHandlers } from './handlers/speech-handlers.ts';
import { hostSpeaker } from '../speech/host-speaker.ts';
import { procedureHandlers } from './handlers/procedure-handlers.ts';
import { scannerHandlers } from './handlers/scanner-handlers.ts';
import { ratingHandlers } from './handlers/rating-handlers.ts';
import { statisticsHandlers } from './handlers/statistics-handlers.ts';
import { technicianHandlers } from './handlers/technician-handlers.ts';
import { DisposableStore } from './disposable-store.ts';
import { kioskStores } from '../stores/kiosk-stores.ts';
import type { HostServices } from './host-services.ts';
import type { KioskHost, KioskHostOptions } from './kiosk-host.types.ts';

const STOPPING: CallResponse = { ok: false, error: { code: 'internal', message: 'The kiosk is restarting its services.' } };

/** Opens the cache, loads demo data when there is nothing else, and serves the KioskApi. */
export async function createKioskHost(options: KioskHostOptions): Promise<KioskHost> {
  const now = options.now ?? (() => new Date());
  const version = options.version ?? appVersion();
  // Checked at every start; a damaged file is moved aside and rebuilt (electron/recovery/).
  const { db } = openDatabaseWithRecovery(options.dbPath, { nativeBinding: options.nativeBinding, now });
  const stores = kioskStores(db, { now, secretSealer: options.secretSealer ?? null });
  const { settings, syncState, dossiers, secrets, audit } = stores;
  const printer = new PrinterService({ settings, now });
  const settingChanges = new SettingChanges({ db, settings, secrets, audit });
  const listeners = new Set<(event: KioskEvent) => void>();
  // Everything the host starts is registered here and stopped in reverse order on close.
  const lifetime = new DisposableStore();
  // A listener that throws (a transport gone wrong) must not break whatever emitted the event.
  const emit = (event: KioskEvent) => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        log.error('event listener failed', { type: event.type, error: error instanceof Error ? error.name : 'unknown' });
      }
    }
  };
  // Rotating log files beside the database; closed last, after everything else has logged.
  const logFiles = options.dbPath === ':memory:' ? null : await attachLogFiles(path.join(path.dirname(path.resolve(options.dbPath)), 'logs')).catch(() => null);
  lifetime.add('log files', () => logFiles?.close());
  lifetime.add('database', () => {
    db.close();
  });
  // Calls still running finish (their own deadlines bound them) before the database closes.
  const callsInFlight = new Set<Promise<CallResponse>>();
  lifetime.add('calls in flight', async () => {
    await Promise.all(callsInFlight);
  });
  if (settings.get('kioskId') === null) settings.set('kioskId', `kiosk-${randomUUID().slice(0, 8)}`);

  const sync = new SyncService({
    db,
    store: dossiers,
    state: syncState,
    settings,
    secrets,
    now,
    onStatus: (payload) => emit({ type: 'syncStatus', payload }),
    dbPath: options.dbPath,
    feedWorkerScript: options.feedWorkerScript,
    version,
    scannerHealth: () => scanners.health(),
    printerStatus: () => printer.status(),
    updateStatus: options.updateStatus,
    settingChanges,
  });
  lifetime.add('sync', () => sync.close());
  // A change from any origin (technician, shell, district) reaches the UI at once, and the sync
  // schedule starts again when it reads the setting.
  const restartsSync = (key: string) => key === 'districtToken' || (SYNC_SETTING_KEYS as readonly string[]).includes(key);
  settingChanges.onChanged((keys) => {
    emit({ type: 'settingsChanged', payload: { keys } });
    if (options.backgroundSync !== false && keys.some(restartsSync)) sync.reschedule();
  });
  // `kiosk config set` in a shell writes the same file: its changes take effect the same way.
  lifetime.add('settings written elsewhere', watchSettingsWrittenElsewhere({ db, changes: settingChanges, secrets }));
  // Province rollout: the catalogue as this kiosk's unit runs it (the unitFields setting).
  const unitFields = () => settings.get('unitFields');
  const procedures = new ProcedureStore(db, { unitFields });
  if (options.demoWhenEmpty && settings.get('districtServerUrl') === null) {
    const assetsDir = options.assetsDir ?? path.join(appRoot(), 'assets');
    if (dossiers.count() === 0) log.info('demo dossiers loaded', loadDemoData(db, assetsDir, now()));
    if (procedures.count() === 0) log.info('demo procedures loaded', loadDemoProcedures({ procedures, syncState }, assetsDir, now()));
  }
  // Privacy: dossiers returned or closed long ago leave the cache, at start and after syncs.
  const retention = new DossierRetentionService({ db, settings, now });
  lifetime.add('retention', () => retention.stop());
  void retention.runNow();
  listeners.add((event) => event.type === 'syncStatus' && event.payload.state === 'idle' && retention.afterSync());

  const services: HostServices = {
    ...stores,
    options,
    version,
    db,
    now,
    settingChanges,
    sync,
    procedures,
    procedureSearch: siteProcedureSearch(db, settings),
    printer,
    emit,
    logDir: logFiles?.dir ?? null,
    onClose: (cleanup) => lifetime.add('service', cleanup),
    technicianSession: new TechnicianSessionCheck(),
  };
  const scanners = startScannerService(services);
  // Before the sync threads start, and after everything that could fail the host's start (a helper
  // launched before a failure would be left running): the helper that starts espeak-ng, so that
  // the host never starts a program itself once it has grown (speech-helper-main.ts says why).
  const speaker = hostSpeaker(options);
  lifetime.add('speech helper', () => speaker.close?.());
  const handlers: Handlers = {
    ...kioskInfoHandlers(services),
    ...dossierHandlers(services),
    ...procedureHandlers(services),
    ...scannerHandlers(scanners, services.technicianSession),
    ...statisticsHandlers(services),
    ...ratingHandlers(services),
    ...printHandlers(services),
    ...speechHandlers(services, speaker),
    ...technicianHandlers(services),
  };
  if (options.backgroundSync !== false) sync.start();

  const run = async (method: KioskMethodName, input: unknown): Promise<CallResponse> => {
    const spec = kioskMethods[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: z.prettifyError(parsed.error) } };
    }
    const handler = handlers[method] as (input: unknown) => unknown;
    const result = spec.output.parse(await handler(parsed.data));
    return { ok: true, result };
  };

  const answer = async (method: KioskMethodName, input: unknown): Promise<CallResponse> => {
    try {
      return await run(method, input);
    } catch (error) {
      if (error instanceof SessionRefused) return { ok: false, error: { code: 'unauthorized', message: error.message } };
      log.error('call failed', { method, error: error instanceof Error ? error.name : 'unknown' });
      return { ok: false, error: { code: 'internal', message: 'The kiosk could not complete this request.' } };
    }
  };

  return {
    call(method, input) {
      if (typeof method !== 'string' || !isKioskMethodName(method)) {
        return Promise.resolve({ ok: false, error: { code: 'unknown-method', message: `Unknown method "${String(method).slice(0, 64)}".` } });
      }
      if (lifetime.isDisposed) return Promise.resolve(STOPPING);
      const call = answer(method, input).finally(() => callsInFlight.delete(call));
      callsInFlight.add(call);
      return call;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    updateFeed() {
      return resolveUpdateFeed(
        { updateUrl: settings.get('updateUrl'), districtServerUrl: settings.get('districtServerUrl'), kioskId: settings.get('kioskId') },
        secrets.get('districtToken'),
      );
    },
    async close() {
      await lifetime.dispose();
      listeners.clear();
    },
  };
}
