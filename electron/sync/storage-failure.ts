import { SyncError } from './sync-error.ts';

/**
 * A write to the kiosk's own database that failed (not the server's fault), as a SyncError
 * whose sentence names the problem and its fix; null for anything else. The scheduler retries
 * these with backoff like any failure: a freed disk or a released lock heals by itself.
 */
export function storageFailure(error: unknown): SyncError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL') {
    return new SyncError(
      'disk-full',
      "Disk full: the kiosk could not save what it synced (SQLITE_FULL). Free space on the disk that holds the kiosk's data; the sync retries by itself.",
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new SyncError(
      'database-read-only',
      "Database read-only: the kiosk could not save what it synced (SQLITE_READONLY). Give the kiosk's user write access to the database file and its folder (and mount the disk read-write); the sync retries by itself.",
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new SyncError(
      'database-busy',
      'Database busy: another program held the kiosk database locked too long (SQLITE_BUSY). Close other programs using it (a kiosk command in a shell, a database browser); the sync retries by itself.',
    );
  }
  return null;
}

export const STORAGE_FAILURE_KINDS: readonly SyncError['kind'][] = ['disk-full', 'database-read-only', 'database-busy'];
