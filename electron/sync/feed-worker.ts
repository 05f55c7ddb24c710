// The feed worker's entry (bundled on its own as dist-electron/feed-worker.cjs). Started as the
// sync writer, it reads and writes the whole change feed on its own database connection
// (sync-writer-worker.ts); started as the page reader, it fetches and parses pages for the
// thread that writes them (feed-page-worker.ts). The writer starts a page reader beside it.
import { parentPort, workerData } from 'node:worker_threads';
import { servePages } from './feed-page-worker.ts';
import type { FeedWorkerData, SyncWriterData } from './feed-worker-protocol.ts';
import { runSyncWriter } from './sync-writer-worker.ts';
import { lowerThisThreadPriority, SYNC_THREAD_NICE } from './sync-thread-priority.ts';

const port = parentPort;
if (!port) throw new Error('feed-worker runs only as a worker thread.');
const data = workerData as FeedWorkerData | SyncWriterData;
lowerThisThreadPriority(data.threadNice ?? SYNC_THREAD_NICE);
if (data.role === 'sync-writer') void runSyncWriter(port, data);
else servePages(port, data);
