import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { openDatabase } from '../../electron/db/open-database.ts';
import { DossierStore } from '../../electron/dossiers/dossier-store.ts';
import { maskApplicantName } from '../../electron/dossiers/mask-applicant-name.ts';
import { chooseDistrictServer } from '../../electron/sync/district-server/choose-district-server.ts';
import type { DistrictProtocol, DistrictServer } from '../../electron/sync/district-server/district-server.ts';
import { syncDossierFeed } from '../../electron/sync/dossier-feed-sync.ts';
import type { FeedSyncReport } from '../../electron/sync/dossier-feed-sync.ts';
import { inProcessFeedSource } from '../../electron/sync/feed-page-source.ts';
import type { FeedPageSource } from '../../electron/sync/feed-page-source.ts';
import { workerFeedSource } from '../../electron/sync/worker-feed-source.ts';
import { syncFeedInWorker } from '../../electron/sync/sync-writer.ts';
import { retryQuarantinedDossiers } from '../../electron/sync/retry-quarantined.ts';
import { SyncError } from '../../electron/sync/sync-error.ts';
import { SyncStateStore } from '../../electron/sync/sync-state-store.ts';
import { SyncService } from '../../electron/sync/sync-service.ts';
import type { SyncServiceDeps } from '../../electron/sync/sync-service.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';
import { SecretStore } from '../../electron/settings/secret-store.ts';
import type { FeedFormat } from '../../electron/sync/validate-feed-items.ts';
import { startDistrictSim } from '../district-sim/index.ts';
import type { DistrictSim, DistrictSimOptions } from '../district-sim/index.ts';
import { feedWorkerScript } from './feed-worker-build.ts';
import { useTempDir } from './temp-dir.ts';

const toUnixSeconds = (iso: string | null | undefined): number | null => (iso ? Math.floor(Date.parse(iso) / 1000) : null);

export const TOKEN = 'test-kiosk-token-0123456789';

export interface KioskCache {
  db: Database;
  store: DossierStore;
  state: SyncStateStore;
  file: string;
}

export function openCache(dir: string): KioskCache {
  const file = path.join(dir, 'kiosk.db');
  const db = openDatabase(file);
  return { db, store: new DossierStore(db), state: new SyncStateStore(db), file };
}

export function clientFor(sim: DistrictSim, options: { timeoutMs?: number; token?: string; protocol?: DistrictProtocol } = {}): DistrictServer {
  return chooseDistrictServer(options.protocol ?? 'kiosk', { baseUrl: sim.url, token: options.token ?? TOKEN, kioskId: 'test-kiosk', timeoutMs: options.timeoutMs ?? 10_000 });
}

/**
 * Where a sync reads and writes the feed: all on the calling thread (CLI, `npm run serve`); parsed
 * by a page reader beside it (the fallback when the sync writer cannot start); or read, parsed
 * and written by the sync writer on its own connection (Electron).
 */
export type FeedReader = 'main thread' | 'worker thread' | 'sync writer';
export const FEED_READERS: readonly FeedReader[] = ['main thread', 'worker thread', 'sync writer'];

export interface SyncOptions {
  pageSize?: number;
  format?: FeedFormat;
  reader?: FeedReader;
}

export async function feedSourceFor(client: DistrictServer, reader: Exclude<FeedReader, 'sync writer'> = 'main thread', format: FeedFormat = 'kiosk'): Promise<FeedPageSource> {
  if (reader === 'main thread') return inProcessFeedSource(client, format);
  return workerFeedSource({
    script: await feedWorkerScript(),
    data: { client: client.connection, format },
    fallback: () => {
      throw new Error('the feed worker stopped during a test');
    },
  });
}

/** The feed to its end, as the service reads it, with the given reader. */
export async function syncFeed(cache: KioskCache, client: DistrictServer, options: SyncOptions = {}): Promise<FeedSyncReport> {
  if (options.reader === 'sync writer') {
    const data = { client: client.connection, format: options.format ?? 'kiosk', dbPath: cache.file, pageSize: options.pageSize ?? 100 };
    return (await syncFeedInWorker({ script: await feedWorkerScript(), data })).report;
  }
  const source = await feedSourceFor(client, options.reader, options.format);
  try {
    return await syncDossierFeed({ ...cache, source, now: () => new Date(), pageSize: options.pageSize ?? 100 });
  } finally {
    await source.close();
  }
}

/** One sync as the service runs it: the feed to its end, then quarantined records again. */
export async function syncOnce(cache: KioskCache, client: DistrictServer, options: SyncOptions = {}): Promise<FeedSyncReport> {
  const report = await syncFeed(cache, client, options);
  await retryQuarantinedDossiers({ ...cache, client, now: () => new Date(), format: options.format });
  cache.state.recordSuccess('server', new Date());
  return report;
}

/** Retries like the scheduler does (without the waiting) until a sync succeeds. */
export async function syncUntilDone(
  cache: KioskCache,
  client: DistrictServer,
  options: SyncOptions & { attempts?: number } = {},
): Promise<{ reports: FeedSyncReport[]; errors: SyncError[] }> {
  const errors: SyncError[] = [];
  const reports: FeedSyncReport[] = [];
  for (let attempt = 0; attempt < (options.attempts ?? 12); attempt += 1) {
    try {
      reports.push(await syncOnce(cache, client, options));
      return { reports, errors };
    } catch (error) {
      if (!(error instanceof SyncError)) throw error;
      errors.push(error);
    }
  }
  throw new Error(`sync never succeeded: ${errors.map((e) => e.kind).join(', ')}`);
}

/** Every record of the cache equals the server's, and nothing else is there. */
export function expectConverged(cache: KioskCache, sim: DistrictSim): void {
  const server = sim.state.allDossiers();
  expect(cache.store.count()).toBe(server.length);
  for (const d of server) {
    const row = cache.store.findByCode(d.code);
    expect(row, d.code).toBeDefined();
    expect({
      version: row!.version,
      status: row!.status,
      agencyCode: row!.agencyCode,
      procedureName: row!.procedureName,
      fieldName: row!.fieldName,
      applicantMasked: row!.applicantMasked,
      receivedAt: row!.receivedAt,
      dueAt: row!.dueAt,
      finishedAt: row!.finishedAt,
      returnedAt: row!.returnedAt,
      missingDocuments: row!.missingDocuments,
      feeVnd: row!.feeVnd,
      resultCounter: row!.resultCounter,
      timeline: row!.timeline,
    }, d.code).toEqual({
      version: d.version,
      status: d.status,
      agencyCode: d.agencyCode,
      procedureName: d.procedureName,
      fieldName: d.fieldName ?? null,
      applicantMasked: maskApplicantName(d.applicantName),
      receivedAt: toUnixSeconds(d.receivedAt),
      dueAt: toUnixSeconds(d.dueAt),
      finishedAt: toUnixSeconds(d.finishedAt),
      returnedAt: toUnixSeconds(d.returnedAt),
      missingDocuments: d.missingDocuments ?? [],
      feeVnd: d.feeVnd ?? null,
      resultCounter: d.resultCounter ?? null,
      timeline: d.timeline.map((t) => ({ at: toUnixSeconds(t.at), department: t.department, action: t.action })),
    });
  }
  expect(cache.db.pragma('integrity_check', { simple: true })).toBe('ok');
}

/** Points a kiosk's settings at a district server, with the test token (and a kiosk id, when given). */
export function connectToDistrict(db: Database, url: string, kioskId?: string): void {
  const settings = new SettingsStore(db);
  settings.set('districtServerUrl', url);
  if (kioskId !== undefined) settings.set('kioskId', kioskId);
  new SecretStore(db).set('districtToken', TOKEN);
}

/** A SyncService over one database file, with fresh stores, as the host would build it; `deps` overrides any part. */
export function syncServiceFor(db: Database, dbPath: string, deps: Partial<Omit<SyncServiceDeps, 'db' | 'dbPath'>> = {}): SyncService {
  return new SyncService({
    db,
    store: new DossierStore(db),
    state: new SyncStateStore(db),
    settings: new SettingsStore(db),
    secrets: new SecretStore(db),
    now: () => new Date(),
    onStatus: () => undefined,
    dbPath,
    version: '0.1.0',
    ...deps,
  });
}

/**
 * A district simulator and a kiosk cache for each test, all closed after it. `start` starts
 * them (the test token is added); `startService` also points the cache at the simulator and
 * builds the SyncService over it, as the host would; `freshCache` swaps in an empty cache within
 * the same test.
 */
export function useSimulatorAndCache() {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  let cache: KioskCache | undefined;
  let service: SyncService | undefined;
  afterEach(async () => {
    await service?.close();
    cache?.db.close();
    await sim?.close();
    sim = cache = service = undefined;
  });
  const freshCache = (): KioskCache => {
    cache?.db.close();
    return (cache = openCache(tempDir()));
  };
  return {
    tempDir,
    freshCache,
    async start(options: Omit<DistrictSimOptions, 'token'>) {
      sim = await startDistrictSim({ token: TOKEN, ...options });
      return { sim, cache: freshCache(), client: clientFor(sim) };
    },
    /** `prepare` runs on the cache's database before it is pointed at the simulator (a demo catalogue, say). */
    async startService(options: Omit<DistrictSimOptions, 'token'>, prepare: (cache: KioskCache) => void = () => undefined) {
      sim = await startDistrictSim({ token: TOKEN, ...options });
      const fresh = freshCache();
      prepare(fresh);
      connectToDistrict(fresh.db, sim.url);
      service = syncServiceFor(fresh.db, fresh.file);
      return { sim, cache: fresh, service };
    },
  };
}
