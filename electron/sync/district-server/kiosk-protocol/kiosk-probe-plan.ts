import type { ProbePlan } from '../probe-plan.ts';
import { commonVerdict } from '../probe-plan.ts';
import { PROTOCOL_VERSION } from './kiosk-protocol-server.ts';

/** `GET /v1/dossiers/{code}` for a code no dossier has: 404 with a good token, and the X-Kiosk-Protocol header says the version. */
export const kioskProbePlan: ProbePlan = {
  method: 'GET',
  path: (code) => `/v1/dossiers/${encodeURIComponent(code)}`,
  body: null,
  headers: { 'X-Kiosk-Protocol': PROTOCOL_VERSION },
  judge({ status, protocol, body }, tokenGiven) {
    if (status === 401 || status === 403) return { kind: tokenGiven ? 'unauthorized' : 'no-token' };
    if (protocol !== null && protocol !== PROTOCOL_VERSION) return { kind: 'protocol-version', serverProtocol: protocol };
    const errorCode = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
    if (status === 400 && errorCode === 'unsupported-protocol') return { kind: 'protocol-version' };
    const common = commonVerdict(status, tokenGiven);
    if (common) return common;
    if (protocol === null) return { kind: 'not-kiosk-server' };
    if (!tokenGiven) return { kind: 'no-token' };
    if (status === 200 || status === 404) return null;
    return { kind: 'bad-response' };
  },
};
