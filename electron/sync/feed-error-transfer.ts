import type { SerializedFeedError } from './feed-worker-protocol.ts';
import { SyncError } from './sync-error.ts';

/** A failure as it crosses threads: a SyncError keeps its kind, a SQLite error its code. */
export function serializeFeedError(error: unknown): SerializedFeedError {
  if (error instanceof SyncError) return { kind: error.kind, message: error.message, retryAfterSec: error.retryAfterSec };
  const code = (error as { code?: unknown } | null)?.code;
  return { kind: null, message: error instanceof Error ? error.message : String(error), retryAfterSec: null, code: typeof code === 'string' ? code : null };
}

export function rebuildFeedError(error: SerializedFeedError): Error {
  if (error.kind) return new SyncError(error.kind, error.message, error.retryAfterSec);
  const rebuilt = new Error(error.message) as Error & { code?: string };
  if (error.code) rebuilt.code = error.code;
  return rebuilt;
}
