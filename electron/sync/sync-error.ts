export type SyncErrorKind =
  | 'not-configured'
  /** The district token is stored sealed by a keystore this kiosk cannot open: re-enter it. */
  | 'token-unreadable'
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'rate-limited'
  | 'server-error'
  | 'bad-response'
  | 'cursor-expired'
  | 'protocol-version'
  | 'not-found'
  /** The server only looks dossiers up by code (a lookup-only server): the kiosk looks up live instead. */
  | 'no-change-feed'
  /** The kiosk service stopped (restart, quit) while the sync ran; nothing to report. */
  | 'cancelled'
  /** The sync writer's thread stopped in the middle of a sync (sync-writer.ts); what it committed is kept. */
  | 'sync-worker-stopped'
  /** The kiosk's own database could not be written (storage-failure.ts). */
  | 'disk-full'
  | 'database-read-only'
  | 'database-busy';

/** A sync failure with its kind (for retry decisions) and a plain sentence for technicians. */
export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    /** Seconds the server asked us to wait (Retry-After). */
    readonly retryAfterSec: number | null = null,
  ) {
    super(message);
    this.name = 'SyncError';
  }

  /** Worth retrying later without a technician's help. */
  get transient(): boolean {
    return ['network', 'timeout', 'rate-limited', 'server-error', 'bad-response', 'sync-worker-stopped'].includes(this.kind);
  }
}

/**
 * The longest pause a server's Retry-After can impose. Longer requests (a misconfigured
 * maintenance banner once asked for 30 days) are cut to this and reported to the technician.
 */
export const MAX_RETRY_AFTER_SEC = 3600;

/** Retry-After as seconds (RFC 9110: delay-seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | undefined, now: Date): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** "45 s", "20 min", "3 h", "30 days": how long a pause is, for a technician. */
export function describePause(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 2 * 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 2 * 86_400) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} days`;
}
