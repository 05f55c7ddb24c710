import { SyncError } from './sync-error.ts';

export type StorageFailureKind = 'disk-full' | 'database-read-only' | 'database-busy';

/** Each kind's sentence begins with its name, so a recorded message still says which it was. */
const FAILURES: { kind: StorageFailureKind; matches: (code: string) => boolean; message: string }[] = [
  {
    kind: 'disk-full',
    matches: (code) => code === 'SQLITE_FULL',
    message: "Disk full: the kiosk could not save what it synced (SQLITE_FULL). Free space on the disk that holds the kiosk's data; the sync retries by itself.",
  },
  {
    kind: 'database-read-only',
    matches: (code) => code.startsWith('SQLITE_READONLY'),
    message:
      "Database read-only: the kiosk could not save what it synced (SQLITE_READONLY). Give the kiosk's user write access to the database file and its folder (and mount the disk read-write); the sync retries by itself.",
  },
  {
    kind: 'database-busy',
    matches: (code) => code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'),
    message:
      'Database busy: another program held the kiosk database locked too long (SQLITE_BUSY). Close other programs using it (a kiosk command in a shell, a database browser); the sync retries by itself.',
  },
];

/**
 * A write to the kiosk's own database that failed (not the server's fault), as a SyncError
 * whose sentence names the problem and its fix; null for anything else. The scheduler retries
 * these with backoff like any failure: a freed disk or a released lock heals by itself.
 */
export function storageFailure(error: unknown): SyncError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const failure = FAILURES.find((f) => f.matches(code));
  return failure ? new SyncError(failure.kind, failure.message) : null;
}

/** Which storage failure a recorded sync error was (read back from the database), or null. */
export function storageFailureKindOf(recorded: string | null): StorageFailureKind | null {
  if (recorded === null) return null;
  return FAILURES.find((f) => recorded === f.message)?.kind ?? null;
}
