import { Worker } from 'node:worker_threads';
import { log } from '../log/log.ts';
import type { FeedPageSource, PreparedFeedPage } from './feed-page-source.ts';
import { rebuildFeedError } from './feed-error-transfer.ts';
import type { FeedWorkerData, FeedWorkerReply, FeedWorkerRequest } from './feed-worker-protocol.ts';
import { SyncError } from './sync-error.ts';

export interface WorkerFeedSourceOptions {
  /** The bundled feed worker (dist-electron/feed-worker.cjs). */
  script: string;
  data: FeedWorkerData;
  /** Where pages come from once the worker has failed: the sync goes on in this thread. */
  fallback: () => FeedPageSource;
}

/**
 * A page that is far too large (a broken or hostile server) exhausts the worker's heap, not
 * the host's: that page fails the sync with a clear error and is never retried in this thread.
 * The young generation is held to 8 MB (V8's default lets each thread grow it to about 32 MB):
 * a page's objects live for one page, and with two sync threads this took the peak RSS of a
 * 100,000-dossier sync from 259–266 MB to 221 MB for the same CPU time. The kiosk's process
 * starts with --max-semi-space-size=3 (scripts/main-process-flags.mjs), which V8 puts before
 * this limit: 9 MB then.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 };
export const PAGE_TOO_LARGE = new SyncError('bad-response', 'The district server sent a change-feed page too large to read (the reader ran out of memory).');

class WorkerStopped extends Error {
  override readonly name = 'WorkerStopped';
}

/**
 * Change-feed pages from a worker thread, so fetching, decompressing, parsing and checking a
 * page runs on the second core while this thread writes the previous one. If the worker cannot
 * start or dies, the pages it owed, and all later ones, come from the fallback instead.
 */
export function workerFeedSource(options: WorkerFeedSourceOptions): FeedPageSource {
  let worker: Worker | null = null;
  let fallback: FeedPageSource | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (page: PreparedFeedPage) => void; reject: (error: Error) => void }>();

  const failAll = (reason: string, error: Error = new WorkerStopped(reason)) => {
    log.warn('feed worker stopped', { reason, fallback: error instanceof WorkerStopped });
    worker = null;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };

  const start = (): Worker => {
    const created = new Worker(options.script, { workerData: options.data, resourceLimits: WORKER_LIMITS });
    created.on('message', (reply: FeedWorkerReply) => {
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if (reply.ok) pending.resolve(reply.page);
      else pending.reject(rebuildFeedError(reply.error));
    });
    created.on('error', (error) => {
      if (worker !== created) return;
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') failAll('out of memory', PAGE_TOO_LARGE);
      else failAll(error.message);
    });
    created.on('messageerror', () => {
      if (worker === created) failAll('a reply could not be read');
    });
    created.on('exit', (code) => {
      if (worker === created) failAll(`exited with code ${code}`);
    });
    return created;
  };

  const fromWorker = (cursor: string | null, limit: number): Promise<PreparedFeedPage> => {
    try {
      worker ??= start();
    } catch (error) {
      failAll(error instanceof Error ? error.message : String(error));
      return Promise.reject(new WorkerStopped('the feed worker could not start'));
    }
    const id = nextId++;
    const request: FeedWorkerRequest = { id, cursor, limit };
    const reply = new Promise<PreparedFeedPage>((resolve, reject) => waiting.set(id, { resolve, reject }));
    worker.postMessage(request);
    return reply;
  };

  return {
    async fetchPage(cursor, limit) {
      if (!fallback) {
        try {
          return await fromWorker(cursor, limit);
        } catch (error) {
          if (!(error instanceof WorkerStopped)) throw error;
          fallback = options.fallback();
        }
      }
      return fallback.fetchPage(cursor, limit);
    },
    async close() {
      const running = worker;
      worker = null;
      // Pages still awaited would otherwise wait for ever: the worker is gone.
      for (const pending of waiting.values()) pending.reject(new SyncError('cancelled', 'The feed reader was closed.'));
      waiting.clear();
      await running?.terminate();
      await fallback?.close();
    },
  };
}
