export type SyncErrorKind =
  | 'not-configured'
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'rate-limited'
  | 'server-error'
  | 'bad-response'
  | 'cursor-expired'
  | 'protocol-version'
  | 'not-found';

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
    return ['network', 'timeout', 'rate-limited', 'server-error', 'bad-response'].includes(this.kind);
  }
}

/** Retry-After as seconds (RFC 9110: delay-seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | undefined, now: Date): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
