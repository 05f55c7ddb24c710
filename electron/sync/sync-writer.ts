import { Worker } from 'node:worker_threads';
import { log } from '../log/log.ts';
import { rebuildFeedError } from './feed-error-transfer.ts';
import type { SyncWriterData, SyncWriterMessage } from './feed-worker-protocol.ts';
import type { FeedOutcome } from './lookup-only-feed.ts';
import { SyncError } from './sync-error.ts';
import { PAGE_TOO_LARGE, WORKER_LIMITS } from './worker-feed-source.ts';

export interface SyncWriterOptions {
  /** The bundled feed worker (dist-electron/feed-worker.cjs), started here as the sync writer. */
  script: string;
  data: Omit<SyncWriterData, 'role' | 'pageWorkerScript'>;
  onProgress?: (progress: { pages: number; records: number; fullResync: boolean }) => void;
  /** Aborting stops the writer; a page it was writing rolls back whole. */
  signal?: AbortSignal;
}

/** The writer never ran (script missing, thread refused): the caller syncs in its own thread instead. */
export class SyncWriterUnavailable extends Error {
  override readonly name = 'SyncWriterUnavailable';
}

const stopped = (reason: string) =>
  new SyncError(
    'sync-worker-stopped',
    `The kiosk's sync worker stopped in the middle of the sync (${reason}). Every page it had saved is kept, with its cursor; the next sync goes on from there.`,
  );

/**
 * The dossier change feed to its end, read, checked and written by a worker thread on its own
 * connection to the WAL database: this thread only hears progress and the outcome, so a scan
 * during a full resync waits for nothing (WAL readers are not blocked by the writer). Rejects
 * with the same SyncError the in-thread sync would; SyncWriterUnavailable when no thread started.
 */
export function syncFeedInWorker(options: SyncWriterOptions): Promise<FeedOutcome> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(new SyncError('cancelled', 'The sync was stopped before it began.'));
  const workerData: SyncWriterData = { role: 'sync-writer', ...options.data, pageWorkerScript: options.script };
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(options.script, { workerData, resourceLimits: WORKER_LIMITS });
    } catch (error) {
      reject(new SyncWriterUnavailable(error instanceof Error ? error.message : String(error)));
      return;
    }
    let ready = false;
    let settled = false;
    // The thread is gone before the promise settles, so nothing writes after a caller moves on.
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.terminate().then(outcome, outcome);
    };
    const onAbort = () => settle(() => reject(new SyncError('cancelled', 'The sync was stopped: the kiosk service is stopping or restarting.')));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: SyncWriterMessage) => {
      if (message.type === 'ready') ready = true;
      else if (message.type === 'progress') options.onProgress?.(message);
      else if (message.type === 'log') log[message.level](message.msg, message.fields);
      else if (message.type === 'done') settle(() => resolve({ report: message.report, lookupOnly: message.lookupOnly }));
      else settle(() => reject(rebuildFeedError(message.error)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (!ready) settle(() => reject(new SyncWriterUnavailable(error.message)));
      else if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') settle(() => reject(PAGE_TOO_LARGE));
      else settle(() => reject(stopped(error.message)));
    });
    worker.on('messageerror', () => settle(() => reject(stopped('a message from it could not be read'))));
    worker.on('exit', (code) => {
      settle(() => reject(ready ? stopped(`exit code ${code}`) : new SyncWriterUnavailable(`it exited with code ${code} before it started`)));
    });
  });
}

/**
 * The feed synced by the writer thread when there is one, otherwise (or when it cannot start)
 * by `inThread`, today's path on the calling thread, with a log line saying so.
 */
export async function syncFeedOffMainThread(options: SyncWriterOptions | null, inThread: () => Promise<FeedOutcome>): Promise<FeedOutcome> {
  if (options) {
    try {
      return await syncFeedInWorker(options);
    } catch (error) {
      if (!(error instanceof SyncWriterUnavailable)) throw error;
      log.warn('sync worker could not start; syncing in the main thread', { reason: error.message });
    }
  }
  return inThread();
}
