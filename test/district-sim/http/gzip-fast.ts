import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);

/**
 * gzip at level 1, so compression is never the bottleneck of a sync. Large output chunks
 * keep the round trips between the main thread and zlib's thread pool few.
 */
export const gzipFast = (body: Buffer): Promise<Buffer> => gzip(body, { level: 1, chunkSize: 1 << 20 });
