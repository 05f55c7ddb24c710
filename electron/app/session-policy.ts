import type { App, Session } from 'electron';
import { isAppUrl, KIOSK_SCHEME } from './app-origin.ts';
import { denyNavigationAndPopups } from './window.ts';

// data: and blob: never leave the machine; devtools: is the (development-only) inspector.
const LOCAL_SCHEMES = new Set([`${KIOSK_SCHEME}:`, 'devtools:', 'data:', 'blob:']);

/** True for requests the kiosk lets through: its own protocol, never the network. */
export function isLocalRequest(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export interface SessionPolicyOptions {
  /** True while the scanner source is the camera: the one permission the kiosk ever grants. */
  cameraAllowed: () => boolean;
}

/** A request for the camera alone (no microphone), from the kiosk's own page. */
export function isCameraRequest(permission: string, mediaTypes: readonly string[] | undefined, requestingUrl: string | undefined): boolean {
  return permission === 'media' && !!mediaTypes && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video') && isAppUrl(requestingUrl ?? '');
}

/**
 * The renderer gets no browser permission and no device: the host owns the scanners
 * (node-hid, serialport), so WebHID/WebSerial/WebUSB pickers are cancelled too. The only
 * exception is the camera, video only, for the kiosk's own origin, while it is the scanner.
 */
export function applySessionPolicy(session: Session, options: SessionPolicyOptions = { cameraAllowed: () => false }): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    // Electron always passes details; a missing one is a denial, not a crash.
    const mediaTypes = details && 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(isCameraRequest(permission, mediaTypes, details?.requestingUrl) && options.cameraAllowed());
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const mediaType = details?.mediaType;
    return isCameraRequest(permission, mediaType ? [mediaType] : undefined, requestingOrigin) && options.cameraAllowed();
  });
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url) }));
}

/** Guards every webContents the app ever creates, not only the kiosk window's. */
export function guardAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => denyNavigationAndPopups(contents));
}
