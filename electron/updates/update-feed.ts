import { isLoopbackHost } from '../settings/loopback-host.ts';
import type { UpdateFeed } from './update-types.ts';

export interface UpdateFeedSettings {
  updateUrl: string | null;
  districtServerUrl: string | null;
  kioskId: string | null;
}

/**
 * The update feed: the `updateUrl` setting, else `updates/` under the district server.
 * Only HTTPS (plain HTTP on loopback, for tests): the feed's sha512 is what vouches for the
 * download. When the feed is on the district server's origin the kiosk's own token and id
 * go with it, so district IT can keep updates behind the same authorisation as sync.
 */
export function resolveUpdateFeed(settings: UpdateFeedSettings, token: string | null): UpdateFeed | null {
  const base = settings.updateUrl ?? (settings.districtServerUrl ? new URL('updates/', withSlash(settings.districtServerUrl)).href : null);
  if (base === null) return null;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) return null;
  const headers: Record<string, string> = {};
  if (token && settings.districtServerUrl && sameOrigin(url, settings.districtServerUrl)) {
    headers.Authorization = `Bearer ${token}`;
    if (settings.kioskId) headers['X-Kiosk-Id'] = settings.kioskId;
  }
  return { url: url.href, headers };
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function sameOrigin(a: URL, b: string): boolean {
  try {
    return a.origin === new URL(b).origin;
  } catch {
    return false;
  }
}
