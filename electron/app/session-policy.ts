import type { App, Session } from 'electron';
import { KIOSK_SCHEME } from './app-origin.ts';
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

/**
 * The renderer gets no browser permission and no device: the host owns the scanners
 * (node-hid, serialport), so WebHID/WebSerial/WebUSB pickers are cancelled too.
 */
export function applySessionPolicy(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
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
