/** The custom scheme the UI is served from, instead of file:// (Electron security checklist). */
export const KIOSK_SCHEME = 'kiosk';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${KIOSK_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` belongs to the app's own origin (kiosk://app). Node's URL gives
 * non-special schemes an opaque origin ("null"), so scheme, host and port are compared
 * one by one; Chromium lowercases the host of a standard scheme, so the case is ignored.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${KIOSK_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
