import type { CallErrorCode } from '../../shared/contract/index.ts';

/**
 * Why a call to the host did not give an answer the UI can use. Every kind ends on the same
 * "out of service, please ask staff" screen; the kind (and the host's error code) is shown
 * small for the technician.
 */
export type KioskFailureKind =
  /** No answer: the host is down, the loopback server stopped, the request timed out. */
  | 'unreachable'
  /** The host answered with an error (`invalid-input`, `unauthorized`, `internal` …). */
  | 'host-error'
  /** The host answered something that does not match the contract. */
  | 'bad-response';

export class KioskFailure extends Error {
  override readonly name = 'KioskFailure';

  constructor(
    readonly kind: KioskFailureKind,
    readonly hostCode: CallErrorCode | null,
    message: string,
  ) {
    super(message);
  }

  /** A short code for the technician: `unreachable`, `host-error:internal`, … */
  get code(): string {
    return this.hostCode ? `${this.kind}:${this.hostCode}` : this.kind;
  }
}

/** Any thrown value as a KioskFailure (anything unexpected counts as a bad response). */
export function toKioskFailure(error: unknown): KioskFailure {
  if (error instanceof KioskFailure) return error;
  return new KioskFailure('bad-response', null, error instanceof Error ? error.message : String(error));
}
