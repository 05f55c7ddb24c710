import type { FaultSpec } from '../faults.ts';
import { errorReply } from './reply.ts';
import type { Reply } from './reply.ts';

/** The response of a fault that replaces the real one, or undefined for other faults. */
export function faultReply(fault: FaultSpec): Reply | undefined {
  const seconds = fault.retryAfterSeconds ?? 1;
  const retryAfter = { 'Retry-After': fault.retryAfterForm === 'http-date' ? new Date(Date.now() + seconds * 1000).toUTCString() : String(seconds) };
  switch (fault.kind) {
    case 'http-500': return errorReply(500, 'internal', 'Simulated server error.');
    case 'http-503': return errorReply(503, 'unavailable', 'Simulated maintenance: try again later.', retryAfter);
    case 'http-429': return errorReply(429, 'rate-limited', 'Simulated rate limit: slow down.', retryAfter);
    case 'wrong-token': return errorReply(401, 'unauthorized', 'The kiosk token was not accepted.');
    case 'cursor-expired': return errorReply(410, 'cursor-expired', 'The cursor is older than the changes this server keeps; start again without a cursor.');
    default: return undefined;
  }
}
