/**
 * A kiosk (`npm run serve`) synced from the district simulator in its own process, that the
 * scan-latency bench can put into a full resync of the whole district on demand and watch:
 * the host's own reports (its event stream) and the database's resync flag say whether the
 * resync is running.
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AuditLog } from '../../electron/audit/audit-log.ts';
import { openDatabase } from '../../electron/db/open-database.ts';
import { SecretStore } from '../../electron/settings/secret-store.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';
import { TechnicianAuth } from '../../electron/technician/technician-auth.ts';
import { HTTP_CALL_PREFIX, HTTP_EVENTS_PATH } from '../../shared/contract/index.ts';
import { startKioskServer } from '../e2e/kiosk-server.ts';
import { startSimProcess } from './district-sim-process.ts';
import type { KioskServer } from '../e2e/kiosk-server.ts';

const TOKEN = 'bench-scan-latency-token-0123456789';
const PIN = '135792';

export interface ResyncingKiosk {
  kiosk: KioskServer;
  dossiers: number;
  /** Waits for the first sync (the whole district) to end. */
  initialSync(timeoutMs: number): Promise<{ seconds: number }>;
  /** `count` codes from the kiosk's cache, at random. */
  cachedCodes(count: number): string[];
  /** Expires every cursor on the server and starts a sync as a technician's "Sync now" does; resolves once the full resync runs. */
  startFullResync(): Promise<void>;
  /** True while the host reports its sync running and the database holds a resync in progress. */
  resyncRunning(): boolean;
  /** How many sync runs the host has reported starting so far (a scan spanning two runs did not stay in one). */
  runsStarted(): number;
  /** A sync the host runs on its own schedule (the idle phase must have none). */
  syncRunning(): boolean;
  stop(): Promise<void>;
}

/** Follows the host's server-sent events: sync status and "Sync now" progress. */
function watchHostEvents(origin: string, token: string) {
  const state = { syncing: false, runs: 0, lastError: null as string | null, ended: null as string | null };
  let closing = false;
  const ended = (why: string) => {
    if (!closing) state.ended ??= why;
  };
  const request = http.get(`${origin}${HTTP_EVENTS_PATH}`, { headers: { Authorization: `Bearer ${token}` } });
  request.on('response', (res) => {
    // Without the stream the sync state would stay as last heard: every wait on it would hang.
    res.on('close', () => ended('the host closed its event stream'));
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!type || !data) continue;
        const payload = JSON.parse(data) as { state?: string; phase?: string; message?: string | null; lastError?: string | null };
        if (type === 'syncStatus') {
          if (payload.state === 'syncing' && !state.syncing) state.runs += 1;
          state.syncing = payload.state === 'syncing';
          if (payload.state === 'error') state.lastError = payload.lastError ?? 'error';
        }
        if (type === 'technicianSync' && payload.phase === 'failed') state.lastError = payload.message ?? 'failed';
      }
    });
  });
  request.on('error', (error) => ended(`the host's event stream failed (${error.message})`));
  return {
    state,
    close: () => {
      closing = true;
      request.destroy();
    },
  };
}

export async function startResyncingKiosk(dossiers: number): Promise<ResyncingKiosk> {
  const sim = await startSimProcess({ dossiers, token: TOKEN });
  console.log(`district simulator: ${sim.priority}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-scan-latency-'));
  const dbPath = path.join(dir, 'kiosk.db');
  const db = openDatabase(dbPath);
  const settings = new SettingsStore(db);
  settings.set('districtServerUrl', sim.url);
  // The whole district stays in the cache (the default 90 days would purge most of it after the first sync).
  settings.set('dossierRetentionDays', 3650);
  new SecretStore(db).set('districtToken', TOKEN);
  const setupCode = await new TechnicianAuth({ db, audit: new AuditLog(db), now: () => new Date() }).resetPin('cli');
  db.close();

  const kiosk = await startKioskServer({ dbPath });
  const token = new URL(kiosk.url).searchParams.get('token')!;
  const events = watchHostEvents(kiosk.origin, token);
  const reader = new Database(dbPath, { readonly: true, fileMustExist: true });
  const resyncActive = reader.prepare('SELECT resync_active FROM sync_state WHERE id = 1').pluck();
  const lastSuccess = reader.prepare('SELECT last_success_at FROM sync_state WHERE id = 1').pluck();

  const call = async <R>(method: string, input: object): Promise<R> => {
    const response = await fetch(`${kiosk.origin}${HTTP_CALL_PREFIX}${method}`, {
      signal: AbortSignal.timeout(60_000),
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; result?: R; error?: { message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? response.status}`);
    return body.result as R;
  };
  let session: string | null = null;
  const technicianSession = async (): Promise<string> => {
    const unlocked = session
      ? await call<{ result: string; session?: string }>('technicianUnlock', { pin: PIN })
      : await call<{ result: string; session?: string }>('technicianSetFirstPin', { pin: PIN, setupCode });
    if (unlocked.result !== 'unlocked' || !unlocked.session) throw new Error(`technician unlock: ${unlocked.result}`);
    session = unlocked.session;
    return session;
  };
  /** What the event stream said, once it is known to be still listening. */
  const heard = <T>(read: () => T): T => {
    if (events.state.ended) throw new Error(`${events.state.ended}: the sync state is no longer known`);
    return read();
  };
  const waitFor = async (done: () => boolean, what: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (events.state.ended) throw new Error(`${events.state.ended} while waiting for ${what}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${events.state.lastError ? ` (last sync error: ${events.state.lastError})` : ''}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  return {
    kiosk,
    dossiers,
    async initialSync(timeoutMs) {
      const started = performance.now();
      await waitFor(() => lastSuccess.get() !== null && !events.state.syncing, 'the first sync', timeoutMs);
      return { seconds: (performance.now() - started) / 1000 };
    },
    cachedCodes(count) {
      // A sample spread over the whole cache (reservoir), read once; the host is idle meanwhile.
      const codes: string[] = [];
      let seen = 0;
      for (const code of reader.prepare('SELECT code FROM dossiers').pluck().iterate() as IterableIterator<string>) {
        seen += 1;
        if (codes.length < count) codes.push(code);
        else if (Math.random() * seen < count) codes[Math.floor(Math.random() * count)] = code;
      }
      return codes;
    },
    async startFullResync() {
      await sim.expireCursors();
      await waitFor(() => !events.state.syncing, 'the running sync to end', 600_000);
      const now = await call<{ started: boolean; reason: string | null }>('technicianSyncNow', { session: await technicianSession() });
      if (!now.started) throw new Error(`sync now did not start (${now.reason})`);
      await waitFor(() => events.state.syncing && resyncActive.get() === 1, 'the full resync to start', 120_000);
    },
    resyncRunning: () => heard(() => events.state.syncing && resyncActive.get() === 1),
    runsStarted: () => heard(() => events.state.runs),
    syncRunning: () => heard(() => events.state.syncing),
    async stop() {
      events.close();
      reader.close();
      await kiosk.stop();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
