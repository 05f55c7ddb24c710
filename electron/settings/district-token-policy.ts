import { isLoopbackHost } from './loopback-host.ts';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Whether the district token may be sent to `url`: over HTTPS, or over plain HTTP only to this machine. */
export function tokenMayTravelTo(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname));
}

export const PLAIN_HTTP_REFUSED =
  'plain http:// is allowed only to this machine (localhost, 127.0.0.1, [::1]): the kiosk token is never sent unencrypted. Use the server’s https:// address.';

/**
 * Whether a token issued for the server at `from` must not follow to `to`: another host (or
 * port), or no server at all. A scheme change on the same host (http → https) keeps it.
 */
export function tokenBelongsElsewhere(from: string | null, to: string | null): boolean {
  if (from === null) return false;
  const old = parse(from);
  const next = to === null ? null : parse(to);
  return !old || !next || old.host.toLowerCase() !== next.host.toLowerCase();
}
