import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App, Session } from 'electron';
import { applySessionPolicy, guardAllWebContents, isLocalRequest } from '../../../../electron/app/session-policy.ts';
import { FakeSession, FakeWebContents, cancellable } from './fakes.ts';

vi.mock('electron', () => ({}));

function policed() {
  const session = new FakeSession();
  applySessionPolicy(session as unknown as Session);
  return session;
}

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'hid', 'serial', 'usb', 'clipboard-read', 'fullscreen', 'openExternal', 'unknown'];

describe('applySessionPolicy', () => {
  it('denies every permission request', () => {
    const session = policed();
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, { requestingUrl: 'kiosk://app/index.html' });
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check with false, for the app origin too', () => {
    const session = policed();
    for (const permission of PERMISSIONS) {
      expect(session.permissionCheckHandler?.({}, permission, 'kiosk://app', {})).toBe(false);
    }
  });

  it('leaves devices to the host: device permission denied, HID/serial/USB pickers cancelled', () => {
    const session = policed();
    expect(session.devicePermissionHandler?.({ deviceType: 'hid', origin: 'kiosk://app' })).toBe(false);

    const hid = cancellable();
    const hidCallback = vi.fn();
    session.emit('select-hid-device', hid, { deviceList: [{ deviceId: '1' }] }, hidCallback);
    expect(hid.defaultPrevented).toBe(true);
    expect(hidCallback).toHaveBeenCalledExactlyOnceWith();

    const serial = cancellable();
    const serialCallback = vi.fn();
    session.emit('select-serial-port', serial, [{ portId: '1' }], {}, serialCallback);
    expect(serial.defaultPrevented).toBe(true);
    expect(serialCallback).toHaveBeenCalledExactlyOnceWith('');

    const usb = cancellable();
    const usbCallback = vi.fn();
    session.emit('select-usb-device', usb, { deviceList: [] }, usbCallback);
    expect(usbCallback).toHaveBeenCalledExactlyOnceWith();
  });

  it('cancels every request that is not kiosk: (no remote content)', () => {
    const session = policed();
    const cancelled = (url: string) => {
      const callback = vi.fn();
      session.beforeRequest?.({ url }, callback);
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]?.[0]?.cancel;
    };
    for (const url of [
      'https://example.com/app.js',
      'http://127.0.0.1:8080/api/call/getKioskInfo',
      'ws://example.com/socket',
      'wss://example.com/socket',
      'file:///etc/passwd',
      'ftp://example.com/',
      'chrome-extension://abc/x.js',
      'not a url',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
    for (const url of ['kiosk://app/index.html', 'kiosk://app/assets/app.js', 'devtools://devtools/bundled/inspector.html', 'data:image/png;base64,AAAA']) {
      expect(cancelled(url), url).toBe(false);
    }
    expect(isLocalRequest('KIOSK://app/index.html')).toBe(true);
  });
});

describe('guardAllWebContents', () => {
  it('denies new windows, webviews and foreign navigation for any webContents the app creates', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as App);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);

    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const webview = cancellable();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    const away = cancellable('https://example.com/');
    contents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    const home = cancellable('kiosk://app/index.html');
    contents.emit('will-navigate', home);
    expect(home.defaultPrevented).toBe(false);
  });
});

describe('the camera permission (scanner source camera)', () => {
  function withCamera(allowed: { value: boolean }) {
    const session = new FakeSession();
    applySessionPolicy(session as unknown as Session, { cameraAllowed: () => allowed.value });
    return session;
  }
  const request = (session: FakeSession, permission: string, details: Record<string, unknown>) => {
    const callback = vi.fn();
    session.permissionRequestHandler?.({}, permission, callback, details);
    expect(callback).toHaveBeenCalledTimes(1);
    return callback.mock.calls[0]?.[0] as boolean;
  };
  const cameraFromApp = { requestingUrl: 'kiosk://app/index.html', mediaTypes: ['video'], isMainFrame: true };

  it('grants video to the kiosk’s own page while the source is the camera, and refuses it once the source changes', () => {
    const allowed = { value: true };
    const session = withCamera(allowed);
    expect(request(session, 'media', cameraFromApp)).toBe(true);
    expect(session.permissionCheckHandler?.({}, 'media', 'kiosk://app', { mediaType: 'video', isMainFrame: true })).toBe(true);
    allowed.value = false;
    expect(request(session, 'media', cameraFromApp)).toBe(false);
    expect(session.permissionCheckHandler?.({}, 'media', 'kiosk://app', { mediaType: 'video', isMainFrame: true })).toBe(false);
  });

  it('never grants the microphone, another origin, or any other permission, even with the camera on', () => {
    const session = withCamera({ value: true });
    expect(request(session, 'media', { ...cameraFromApp, mediaTypes: ['audio'] })).toBe(false);
    expect(request(session, 'media', { ...cameraFromApp, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(request(session, 'media', { ...cameraFromApp, mediaTypes: [] })).toBe(false);
    expect(request(session, 'media', { requestingUrl: 'kiosk://app/index.html' })).toBe(false);
    for (const url of ['https://example.com/', 'kiosk://evil/index.html', 'kiosk://app:8080/index.html', 'http://127.0.0.1:3000/', 'file:///index.html']) {
      expect(request(session, 'media', { ...cameraFromApp, requestingUrl: url }), url).toBe(false);
    }
    expect(session.permissionCheckHandler?.({}, 'media', 'kiosk://app', { mediaType: 'audio', isMainFrame: true })).toBe(false);
    expect(session.permissionCheckHandler?.({}, 'media', 'https://example.com', { mediaType: 'video', isMainFrame: true })).toBe(false);
    for (const permission of PERMISSIONS.filter((p) => p !== 'media')) {
      expect(request(session, permission, cameraFromApp), permission).toBe(false);
      expect(session.permissionCheckHandler?.({}, permission, 'kiosk://app', { mediaType: 'video', isMainFrame: true }), permission).toBe(false);
    }
  });
});
