import type { ConnectionFailureKind } from '../../../shared/contract/index.ts';

/** What the connection test's one request got back. */
export interface ProbeAnswer {
  status: number;
  /** The X-Kiosk-Protocol header, when sent. */
  protocol: string | null;
  /** The first 4 KB of the body as JSON, or null when it is not JSON. */
  body: unknown;
}

export type ProbeVerdict = { kind: ConnectionFailureKind; serverProtocol?: string } | null;

/**
 * The one request a protocol's connection test sends after name, TCP and TLS have passed:
 * cheap, about a dossier that does not exist (no personal data), and enough to tell whether
 * the token and the protocol are accepted. `judge` gives null when all is well.
 */
export interface ProbePlan {
  method: 'GET' | 'POST';
  /** Under the server address's path. */
  path: (code: string) => string;
  body: ((code: string) => string) | null;
  headers: Record<string, string>;
  judge: (answer: ProbeAnswer, tokenGiven: boolean) => ProbeVerdict;
}

/** The answers every protocol reads the same way: a refused token, a busy or failing server. */
export function commonVerdict(status: number, tokenGiven: boolean): ProbeVerdict {
  if (status === 401 || status === 403) return { kind: tokenGiven ? 'unauthorized' : 'no-token' };
  if (status === 429 || status === 503) return { kind: 'busy' };
  if (status >= 500) return { kind: 'server-error' };
  return null;
}
